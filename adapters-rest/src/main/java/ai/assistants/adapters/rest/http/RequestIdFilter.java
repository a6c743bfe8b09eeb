package ai.assistants.adapters.rest.http;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;

/**
 * Gives every request an id before anything else runs (so even a 401 is traceable) and puts it
 * on every response and on every log line the request causes (Liberty's JSON logs show it as
 * {@code ext_requestId}; the access log takes it from the response header). A client's own id is
 * kept when it is short and printable, since it is echoed into a header and the logs.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Request-Id";
    private static final int MAX_LENGTH = 200;
    /** The extension is per thread: set when a request starts, taken off when its answer leaves. */
    static final String LOG_FIELD = "requestId";

    private final RequestContext request;

    @Inject
    public RequestIdFilter(RequestContext request) {
        this.request = request;
    }

    /**
     * For CDI's client proxy, and public because JAX-RS insists on a public constructor before it
     * hands creation to CDI, which then builds the instance through the injecting constructor.
     */
    public RequestIdFilter() {
        this(null);
    }

    @Override
    public void filter(ContainerRequestContext context) {
        String sent = context.getHeaderString(HEADER);
        String id = isSane(sent) ? sent : UUID.randomUUID().toString();
        request.requestId(id);
        LogRecordContext.addExtension(LOG_FIELD, id);
    }

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext responseContext) {
        responseContext.getHeaders().putSingle(HEADER, request.requestId());
        LogRecordContext.removeExtension(LOG_FIELD);
    }

    static boolean isSane(String id) {
        return id != null && !id.isBlank() && id.length() <= MAX_LENGTH
                && id.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }
}
