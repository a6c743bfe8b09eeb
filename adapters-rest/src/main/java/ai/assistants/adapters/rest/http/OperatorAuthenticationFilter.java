package ai.assistants.adapters.rest.http;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Every {@code /admin} request signs in as an operator, first, like {@link ApiKeyAuthenticationFilter}
 * does for the rest. The user name and password of HTTP Basic go to the server's own security
 * ({@link HttpServletRequest#login}), and the role to the server's mapping: which users exist and
 * who is an operator is the deployment's {@code server.xml} (a basic registry, LDAP, ...), never
 * this code. The filter answers the contract's JSON 401 itself, so no page of the server's reaches
 * the client; the application declares no security constraint, so the server never challenges.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class OperatorAuthenticationFilter implements ContainerRequestFilter {

    /** The role a deployment maps to its operators ({@code application-bnd} in {@code server.xml}). */
    public static final String OPERATOR_ROLE = "operator";
    private static final String SCHEME = "Basic";

    private final HttpServletRequest servletRequest;

    @Inject
    public OperatorAuthenticationFilter(HttpServletRequest servletRequest) {
        this.servletRequest = servletRequest;
    }

    /**
     * For CDI's client proxy, and public because JAX-RS insists on a public constructor before it
     * hands creation to CDI, which then builds the instance through the injecting constructor.
     */
    public OperatorAuthenticationFilter() {
        this(null);
    }

    @Override
    public void filter(ContainerRequestContext context) {
        if (!ApiPaths.isAdmin(context)) {
            return;
        }
        Credentials credentials = credentials(context.getHeaderString(HttpHeaders.AUTHORIZATION))
                .orElseThrow(ApiException::operatorUnauthenticated);
        // The server signs a request with Basic credentials in by itself, even on an unconstrained
        // path (and refuses a second login then); only a request it did not sign in is signed in here.
        if (servletRequest.getUserPrincipal() == null) {
            try {
                servletRequest.login(credentials.user(), credentials.password());
            } catch (ServletException refused) {
                throw ApiException.operatorUnauthenticated();
            }
        }
        if (!servletRequest.isUserInRole(OPERATOR_ROLE)) {
            throw ApiException.operatorUnauthenticated();
        }
    }

    record Credentials(String user, String password) {
    }

    /** HTTP Basic's {@code user:password}, Base64 in UTF-8; nothing for another scheme or an empty part. */
    static Optional<Credentials> credentials(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || authorization.charAt(SCHEME.length()) != ' ') {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(SCHEME.length() + 1).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
