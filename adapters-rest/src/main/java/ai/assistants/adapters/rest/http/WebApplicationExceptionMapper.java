package ai.assistants.adapters.rest.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The errors JAX-RS itself raises (no such path, method not allowed, wrong media type), in the
 * API's own error shape. Headers such as {@code Allow} are kept.
 */
@Provider
@ApplicationScoped
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private final UnexpectedExceptionMapper unexpected;

    @Inject
    public WebApplicationExceptionMapper(UnexpectedExceptionMapper unexpected) {
        this.unexpected = unexpected;
    }

    /**
     * For CDI's client proxy, and public because JAX-RS insists on a public constructor before it
     * hands creation to CDI, which then builds the instance through the injecting constructor.
     */
    public WebApplicationExceptionMapper() {
        this(null);
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected.toResponse(exception);
        }
        Response.ResponseBuilder answer = Response.fromResponse(original).entity(null);
        return ErrorResponses.json(answer,
                new ErrorBody(StatusMessages.of(status, original.getStatusInfo().getReasonPhrase())));
    }
}
