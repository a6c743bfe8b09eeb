package ai.assistants.adapters.rest.contract;

import ai.assistants.domain.validation.Violation;
import ai.assistants.domain.validation.Violations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Violations as a 422 answer's {@code errors} shows them: keys in the contract's order, each with its messages. */
public final class RenderedErrors {

    private RenderedErrors() {
    }

    public static Map<String, List<String>> of(Violations violations) {
        return of(violations, null);
    }

    public static Map<String, List<String>> of(Violations violations, Object judged) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (Violation violation : ContractOrder.sorted(violations.all(), judged)) {
            errors.computeIfAbsent(FieldKeys.of(violation.path()), key -> new ArrayList<>()).add(ValidationMessages.of(violation));
        }
        return errors;
    }
}
