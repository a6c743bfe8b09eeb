package ai.assistants.adapters.rest.http;

import ai.assistants.domain.validation.Violations;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** Every violated rule of a request, in one answer. */
@Schema(name = "ValidationError", description = "The body of 422 responses: every violated rule of the request.")
public record ValidationErrorBody(
        @Schema(required = true, examples = "Validation failed") String message,
        @Schema(required = true,
                description = "Field key (snake_case, dotted, zero-based indexes such as `tools.0.phone_number`)"
                        + " to the messages of every rule it breaks, in the order found",
                examples = "{\"voice_id\": [\"The voice id field must be an integer.\"]}")
        Map<String, List<String>> errors) {

    static final String VALIDATION_FAILED = "Validation failed";

    static ValidationErrorBody of(Violations violations) {
        return new ValidationErrorBody(VALIDATION_FAILED, violations.asMap());
    }
}
