package ai.assistants.adapters.rest.http;

import ai.assistants.adapters.rest.contract.ContractOrder;
import ai.assistants.adapters.rest.contract.FieldKeys;
import ai.assistants.adapters.rest.contract.ValidationMessages;
import ai.assistants.domain.validation.Violation;
import ai.assistants.domain.validation.Violations;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every violated rule of a request, in one answer. */
@Schema(name = "ValidationError", description = "The body of 422 responses: every violated rule of the request.")
public record ValidationErrorBody(
        @Schema(required = true, examples = "Validation failed") String message,
        @Schema(required = true,
                description = "Field key (snake_case, dotted, zero-based indexes such as `tools.0.phone_number`)"
                        + " to the messages of every rule it breaks, in the order of the request's fields",
                examples = "{\"voice_id\": [\"The voice id field must be an integer.\"]}")
        Map<String, List<String>> errors) {

    static final String VALIDATION_FAILED = "Validation failed";

    /** @param judged the value the violations were found in, or {@code null} */
    static ValidationErrorBody of(Violations violations, Object judged) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (Violation violation : ContractOrder.sorted(violations.all(), judged)) {
            List<String> messages = errors.computeIfAbsent(FieldKeys.of(violation.path()), key -> new ArrayList<>(2));
            String message = ValidationMessages.of(violation);
            if (!messages.contains(message)) {
                messages.add(message);
            }
        }
        return new ValidationErrorBody(VALIDATION_FAILED, Collections.unmodifiableMap(errors));
    }
}
