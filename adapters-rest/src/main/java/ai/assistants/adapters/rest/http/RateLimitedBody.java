package ai.assistants.adapters.rest.http;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a 429: the contract's words, and the seconds also sent as {@code Retry-After}. */
@Schema(name = "RateLimited", description = "The body of 429 responses.")
public record RateLimitedBody(
        @Schema(required = true, examples = "Rate limit exceeded") String error,
        @Schema(required = true, examples = "Too many requests. Please try again later.") String message,
        @Schema(required = true, examples = "12") long retryAfter) {

    static final String ERROR = "Rate limit exceeded";
    static final String MESSAGE = "Too many requests. Please try again later.";

    static RateLimitedBody after(long seconds) {
        return new RateLimitedBody(ERROR, MESSAGE, seconds);
    }
}
