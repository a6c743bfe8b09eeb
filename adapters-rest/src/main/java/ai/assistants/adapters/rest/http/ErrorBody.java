package ai.assistants.adapters.rest.http;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every error answer but a validation failure. */
@Schema(name = "Error", description = "The body of 400, 401, 404, 405, 413, 415 and 500 responses.")
public record ErrorBody(@Schema(required = true, examples = "Unauthenticated.") String message) {
}
