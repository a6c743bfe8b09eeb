package ai.assistants.adapters.rest.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
@ApplicationScoped
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    private final ServiceCounters counters;

    @Inject
    public ApiExceptionMapper(ServiceCounters counters) {
        this.counters = counters;
    }

    /** For CDI's client proxy (JAX-RS wants a public constructor before it hands creation to CDI). */
    public ApiExceptionMapper() {
        this(null);
    }

    @Override
    public Response toResponse(ApiException exception) {
        Response response = exception.violations()
                .map(violations -> {
                    counters.refused(violations);
                    return ErrorResponses.validationFailed(violations, null);
                })
                .orElseGet(() -> exception.repeatedAsError()
                        ? ErrorResponses.json(Response.status(exception.status()),
                                new ErrorBody.WithError(exception.getMessage(), exception.getMessage()))
                        : ErrorResponses.error(exception.status(), exception.getMessage()));
        return exception.challenge()
                .map(challenge -> Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build())
                .orElse(response);
    }
}
