package ai.assistants.adapters.rest.http;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * The API's two audiences, told apart by path before matching: {@code /admin} is the operators',
 * signed in by the server's security; everything else belongs to an account and its API key.
 */
final class ApiPaths {

    private static final String ADMIN = "admin";

    private ApiPaths() {
    }

    static boolean isAdmin(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        int start = path.startsWith("/") ? 1 : 0;
        return path.startsWith(ADMIN, start)
                && (path.length() == start + ADMIN.length() || path.charAt(start + ADMIN.length()) == '/');
    }
}
