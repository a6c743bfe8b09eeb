package ai.assistants.adapters.rest.http;

import ai.assistants.application.port.out.RateLimiter;
import ai.assistants.application.port.out.RateLimiter.Quota;
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

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts every request of an API key's account against the account's rate limits, right after
 * authentication and before anything else (matching, reading the body): a refused request costs
 * the service nothing more. Every answer to an authenticated request then says where the account
 * stands, whatever its status; a request that authenticated otherwise (an operator) is not counted.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 1)
@ApplicationScoped
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String LIMIT = "X-RateLimit-Limit";
    public static final String REMAINING = "X-RateLimit-Remaining";
    public static final String RESET = "X-RateLimit-Reset";
    private static final String QUOTA = RateLimitFilter.class.getName() + ".quota";

    private final RateLimiter limiter;
    private final RequestContext request;

    @Inject
    public RateLimitFilter(RateLimiter limiter, RequestContext request) {
        this.limiter = limiter;
        this.request = request;
    }

    /**
     * For CDI's client proxy, and public because JAX-RS insists on a public constructor before it
     * hands creation to CDI, which then builds the instance through the injecting constructor.
     */
    public RateLimitFilter() {
        this(null, null);
    }

    @Override
    public void filter(ContainerRequestContext context) {
        request.callerIfAuthenticated().flatMap(limiter::tryRequest).ifPresent(quota -> {
            context.setProperty(QUOTA, quota);
            if (!quota.allowed()) {
                throw new RateLimitedException(quota);
            }
        });
    }

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext responseContext) {
        if (requestContext.getProperty(QUOTA) instanceof Quota quota) {
            headers(quota).forEach(responseContext.getHeaders()::putSingle);
        }
    }

    static Map<String, Object> headers(Quota quota) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(LIMIT, Long.toString(quota.limit()));
        headers.put(REMAINING, Long.toString(quota.remaining()));
        headers.put(RESET, Long.toString(quota.resetEpochSecond()));
        return headers;
    }
}
