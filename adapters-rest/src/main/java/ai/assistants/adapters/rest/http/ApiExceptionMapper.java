package ai.assistants.adapters.rest.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
@ApplicationScoped
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Override
    public Response toResponse(ApiException exception) {
        Response response = exception.violations()
                .map(violations -> ErrorResponses.validationFailed(violations, null))
                .orElseGet(() -> exception.repeatedAsError()
                        ? ErrorResponses.json(Response.status(exception.status()),
                                new ErrorBody.WithError(exception.getMessage(), exception.getMessage()))
                        : ErrorResponses.error(exception.status(), exception.getMessage()));
        return exception.challenge()
                .map(challenge -> Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build())
                .orElse(response);
    }
}
