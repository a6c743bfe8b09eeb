package ai.assistants.adapters.rest.http;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every error answer but a validation failure. */
@Schema(name = "Error", description = "The body of 400, 401, 404, 405, 409, 412, 413, 415, 500 and 503 responses.")
public record ErrorBody(@Schema(required = true, examples = "Unauthenticated.") String message) {

    /** An error answer that repeats its message as {@code error}, which the knowledge bases' clients read. */
    @Schema(name = "ErrorWithError", description = "The body of a knowledge base's 404.")
    public record WithError(@Schema(required = true, examples = "Knowledgebase not found.") String message,
                            @Schema(required = true, examples = "Knowledgebase not found.") String error) {
    }
}
