package ai.assistants.adapters.rest.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** {@code 429 Too Many Requests} with the contract's body, {@code Retry-After} and the limit's headers. */
@Provider
@ApplicationScoped
public class RateLimitedExceptionMapper implements ExceptionMapper<RateLimitedException> {

    static final int TOO_MANY_REQUESTS = 429;

    @Override
    public Response toResponse(RateLimitedException exception) {
        long retryAfter = exception.quota().retryAfterSeconds();
        Response.ResponseBuilder answer = Response.status(TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(retryAfter));
        RateLimitFilter.headers(exception.quota()).forEach(answer::header);
        return ErrorResponses.json(answer, RateLimitedBody.after(retryAfter));
    }
}
