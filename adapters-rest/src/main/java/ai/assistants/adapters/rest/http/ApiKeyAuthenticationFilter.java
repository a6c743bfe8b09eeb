package ai.assistants.adapters.rest.http;

import ai.assistants.application.port.in.AuthenticateApiKeyUseCase;
import ai.assistants.application.port.out.RateLimiter;
import ai.assistants.domain.assistant.AccountId;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;

/**
 * Every path of the API but the operators' {@code /admin} belongs to an account, so every such
 * request is authenticated first, before
 * matching, reading the body, or checking its type and size: an anonymous caller learns nothing,
 * not even which paths exist.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class ApiKeyAuthenticationFilter implements ContainerRequestFilter {

    private static final String SCHEME = "Bearer";

    private final AuthenticateApiKeyUseCase authenticate;
    private final RequestContext request;
    private final RateLimiter rateLimiter;

    /** The client's address, for the limit on failed authentications; JAX-RS's proxy to the current request. */
    @Context
    private HttpServletRequest servletRequest;

    @Inject
    public ApiKeyAuthenticationFilter(AuthenticateApiKeyUseCase authenticate, RequestContext request,
                                      RateLimiter rateLimiter) {
        this.authenticate = authenticate;
        this.request = request;
        this.rateLimiter = rateLimiter;
    }

    /**
     * For CDI's client proxy, and public because JAX-RS insists on a public constructor before it
     * hands creation to CDI, which then builds the instance through the injecting constructor.
     */
    public ApiKeyAuthenticationFilter() {
        this(null, null, null);
    }

    @Override
    public void filter(ContainerRequestContext context) {
        if (ApiPaths.isAdmin(context)) {
            // Operators' paths: an API key never opens them (OperatorAuthenticationFilter).
            return;
        }
        String address = servletRequest.getRemoteAddr();
        // an address over its limit is refused before its key is looked at: a right guess must not show
        rateLimiter.refusedAddress(address).ifPresent(quota -> {
            throw new RateLimitedException(quota);
        });
        AccountId caller = bearerToken(context.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(authenticate::authenticate)
                .orElseThrow(() -> failed(address));
        request.caller(caller);
    }

    private RuntimeException failed(String address) {
        return rateLimiter.tryFailedAuthentication(address)
                .filter(quota -> !quota.allowed())
                .<RuntimeException>map(RateLimitedException::new)
                .orElseGet(ApiException::unauthenticated);
    }

    static Optional<String> bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || authorization.charAt(SCHEME.length()) != ' ') {
            return Optional.empty();
        }
        String token = authorization.substring(SCHEME.length() + 1).strip();
        return token.isEmpty() || token.chars().anyMatch(Character::isWhitespace) ? Optional.empty() : Optional.of(token);
    }
}
