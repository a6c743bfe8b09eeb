package ai.assistants.adapters.rest.http;

import ai.assistants.domain.validation.Violations;
import jakarta.ws.rs.core.Response.Status;

import java.util.Optional;

/**
 * A request the API answers with a client error; {@link ApiExceptionMapper} renders it. The
 * contract's request-level messages are written here, once.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    static final int UNPROCESSABLE_CONTENT = 422;

    private static final String UNAUTHENTICATED = "Unauthenticated.";
    private static final String API_KEY_CHALLENGE = "Bearer";
    /** Operators sign in with a user name and password (HTTP Basic), never with an API key. */
    private static final String OPERATOR_CHALLENGE = "Basic realm=\"operators\"";

    private final int status;
    private final transient Violations violations;
    /** Whether the body repeats the message as {@code error}, as the knowledge bases' 404 does. */
    private final boolean repeatedAsError;
    private final String challenge;

    private ApiException(int status, String message, Violations violations) {
        this(status, message, violations, false, null);
    }

    private ApiException(int status, String message, Violations violations, boolean repeatedAsError,
                         String challenge) {
        super(message, null, false, false);
        this.status = status;
        this.violations = violations;
        this.repeatedAsError = repeatedAsError;
        this.challenge = challenge;
    }

    public static ApiException unauthenticated() {
        return new ApiException(Status.UNAUTHORIZED.getStatusCode(), UNAUTHENTICATED, null, false, API_KEY_CHALLENGE);
    }

    /** Not signed in as an operator: no credentials, wrong ones, no operator configured, or not in the role. */
    public static ApiException operatorUnauthenticated() {
        return new ApiException(Status.UNAUTHORIZED.getStatusCode(), UNAUTHENTICATED, null, false, OPERATOR_CHALLENGE);
    }

    public static ApiException accountNotFound() {
        return new ApiException(Status.NOT_FOUND.getStatusCode(), "Account not found", null);
    }

    public static ApiException apiKeyNotFound() {
        return new ApiException(Status.NOT_FOUND.getStatusCode(), "API key not found", null);
    }

    public static ApiException phoneNumberNotFound() {
        return new ApiException(Status.NOT_FOUND.getStatusCode(), "Phone number not found", null);
    }

    public static ApiException malformedJson() {
        return new ApiException(Status.BAD_REQUEST.getStatusCode(), "Malformed JSON request body.", null);
    }

    public static ApiException notAJsonObject() {
        return new ApiException(Status.BAD_REQUEST.getStatusCode(), "The request body must be a JSON object.", null);
    }

    public static ApiException unsupportedMediaType() {
        return new ApiException(Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode(),
                "Unsupported media type. Use application/json.", null);
    }

    public static ApiException tooLarge() {
        return new ApiException(Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(), "Request body too large.", null);
    }

    public static ApiException assistantNotFound() {
        return new ApiException(Status.NOT_FOUND.getStatusCode(), "Assistant not found", null);
    }

    public static ApiException knowledgebaseNotFound() {
        return new ApiException(Status.NOT_FOUND.getStatusCode(), "Knowledgebase not found.", null, true, null);
    }

    public static ApiException folderNotFound() {
        return new ApiException(Status.NOT_FOUND.getStatusCode(), "Folder not found", null);
    }

    public static ApiException labelNotFound() {
        return new ApiException(Status.NOT_FOUND.getStatusCode(), "Label not found", null);
    }

    public static ApiException assistantChanged() {
        return new ApiException(Status.PRECONDITION_FAILED.getStatusCode(),
                "The assistant was changed by another request.", null);
    }

    public static ApiException midCallToolNotFound() {
        return new ApiException(Status.NOT_FOUND.getStatusCode(), "Tool not found", null);
    }

    /** A plan limit, not a field's rule: a message without {@code errors}. */
    public static ApiException midCallToolLimitReached(int limit) {
        return new ApiException(UNPROCESSABLE_CONTENT, "You have reached your plan limit of " + limit
                + " mid call tools. Please upgrade your plan to create more tools.", null);
    }

    /** Contract silent on a malformed key; a request-level error like a malformed body, so 400 with only a message. */
    public static ApiException invalidIdempotencyKey() {
        return new ApiException(Status.BAD_REQUEST.getStatusCode(),
                "The Idempotency-Key header must be 1 to 255 visible ASCII characters.", null);
    }

    public static ApiException idempotencyKeyUsedForAnotherRequest() {
        return new ApiException(Status.CONFLICT.getStatusCode(),
                "This idempotency key was already used for a different request.", null);
    }

    public static ApiException idempotencyKeyStillRunning() {
        return new ApiException(Status.CONFLICT.getStatusCode(),
                "A request with this idempotency key is still being processed.", null);
    }

    /** Query parameters that break the contract, reported like a body's violations. */
    public static ApiException invalid(Violations violations) {
        return new ApiException(UNPROCESSABLE_CONTENT, ValidationErrorBody.VALIDATION_FAILED, violations);
    }

    public int status() {
        return status;
    }

    /** Whether the request was refused for what it says (422), as opposed to how it was sent or what it named. */
    public boolean refusesContent() {
        return status == UNPROCESSABLE_CONTENT;
    }

    /** The {@code WWW-Authenticate} value of a 401, which tells the client how to sign in. */
    Optional<String> challenge() {
        return Optional.ofNullable(challenge);
    }

    public Optional<Violations> violations() {
        return Optional.ofNullable(violations);
    }

    boolean repeatedAsError() {
        return repeatedAsError;
    }
}
