package ai.assistants.adapters.rest.http;

import ai.assistants.application.port.in.AuthenticateApiKeyUseCase;
import ai.assistants.domain.assistant.AccountId;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
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

    @Inject
    public ApiKeyAuthenticationFilter(AuthenticateApiKeyUseCase authenticate, RequestContext request) {
        this.authenticate = authenticate;
        this.request = request;
    }

    /**
     * For CDI's client proxy, and public because JAX-RS insists on a public constructor before it
     * hands creation to CDI, which then builds the instance through the injecting constructor.
     */
    public ApiKeyAuthenticationFilter() {
        this(null, null);
    }

    @Override
    public void filter(ContainerRequestContext context) {
        if (ApiPaths.isAdmin(context)) {
            // Operators' paths: an API key never opens them (OperatorAuthenticationFilter).
            return;
        }
        AccountId caller = bearerToken(context.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(authenticate::authenticate)
                .orElseThrow(ApiException::unauthenticated);
        request.caller(caller);
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
