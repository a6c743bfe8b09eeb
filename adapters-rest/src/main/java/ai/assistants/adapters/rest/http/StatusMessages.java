package ai.assistants.adapters.rest.http;

import java.util.Map;

/**
 * The message of an error answer that has no more specific one, by status: the same words whether
 * JAX-RS or the servlet container itself refused the request.
 */
final class StatusMessages {

    private static final Map<Integer, String> MESSAGES = Map.of(
            400, "Bad request.",
            404, "Not found.",
            405, "Method not allowed.",
            406, "Not acceptable. This API answers application/json.",
            413, ApiException.tooLarge().getMessage(),
            415, ApiException.unsupportedMediaType().getMessage(),
            500, ErrorResponses.SERVER_ERROR);

    private StatusMessages() {
    }

    /** The message for {@code status}; a status without one is named by its reason phrase. */
    static String of(int status, String reasonPhrase) {
        String known = MESSAGES.get(status);
        return known != null ? known : reasonPhrase + ".";
    }
}
