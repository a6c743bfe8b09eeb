package ai.assistants.adapters.rest.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Whatever nobody foresaw: logged whole under the request id, answered without a detail. */
@Provider
@ApplicationScoped
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    private final RequestContext request;

    @Inject
    public UnexpectedExceptionMapper(RequestContext request) {
        this.request = request;
    }

    /**
     * For CDI's client proxy, and public because JAX-RS insists on a public constructor before it
     * hands creation to CDI, which then builds the instance through the injecting constructor.
     */
    public UnexpectedExceptionMapper() {
        this(null);
    }

    @Override
    public Response toResponse(Throwable exception) {
        String requestId = request.requestId();
        LOG.log(Level.SEVERE, exception, () -> "Request " + requestId + " failed unexpectedly");
        return Response.fromResponse(ErrorResponses.error(500, ErrorResponses.SERVER_ERROR))
                .header(RequestIdFilter.HEADER, requestId)
                .build();
    }
}
