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
 * The database away or too slow: the contract's 503, with when to try again. Not an incident of
 * this server, so one line in the log, not a stack trace per request while the outage lasts.
 */
@Provider
@ApplicationScoped
public class StorageUnavailableExceptionMapper implements ExceptionMapper<StorageUnavailableException> {

    static final String MESSAGE = "Service temporarily unavailable.";
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger LOG = Logger.getLogger(StorageUnavailableExceptionMapper.class.getName());

    private final RequestContext request;

    @Inject
    public StorageUnavailableExceptionMapper(RequestContext request) {
        this.request = request;
    }

    /**
     * For CDI's client proxy, and public because JAX-RS insists on a public constructor before it
     * hands creation to CDI, which then builds the instance through the injecting constructor.
     */
    public StorageUnavailableExceptionMapper() {
        this(null);
    }

    @Override
    public Response toResponse(StorageUnavailableException exception) {
        String requestId = request.requestId();
        LOG.log(Level.WARNING, () -> "Request " + requestId + " answered 503: " + rootCause(exception));
        return Response.fromResponse(ErrorResponses.error(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), MESSAGE))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .header(RequestIdFilter.HEADER, requestId)
                .build();
    }

    private static String rootCause(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
