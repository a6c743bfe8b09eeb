package ai.assistants.adapters.rest.http;

import ai.assistants.application.port.out.StorageUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever nobody foresaw: logged whole under the request id, answered without a detail. A database
 * outage that reaches here wrapped in another exception is still the outage's 503.
 */
@Provider
@ApplicationScoped
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    private final RequestContext request;
    private final StorageUnavailableExceptionMapper unavailable;

    @Inject
    public UnexpectedExceptionMapper(RequestContext request, StorageUnavailableExceptionMapper unavailable) {
        this.request = request;
        this.unavailable = unavailable;
    }

    /**
     * For CDI's client proxy, and public because JAX-RS insists on a public constructor before it
     * hands creation to CDI, which then builds the instance through the injecting constructor.
     */
    public UnexpectedExceptionMapper() {
        this(null, null);
    }

    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable cause = exception; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof StorageUnavailableException outage) {
                return unavailable.toResponse(outage);
            }
        }
        String requestId = request.requestId();
        LOG.log(Level.SEVERE, exception, () -> "Request " + requestId + " failed unexpectedly");
        return Response.fromResponse(ErrorResponses.error(500, ErrorResponses.SERVER_ERROR))
                .header(RequestIdFilter.HEADER, requestId)
                .build();
    }
}
