package ai.assistants.domain.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Test-only: violations as short, readable text, so that assertions read like the contract.
 * A path is rendered faithfully, segment by segment, as a key ({@code engine.llm_model_id},
 * {@code timing.ringing_time}, {@code tools.0.phone_number}: properties in snake_case, the group
 * first when the field belongs to one, indexes and map keys as they are); a violation becomes its
 * rule and arguments ({@code MAX_LENGTH(255)}, {@code BETWEEN(0.7, 1.2)},
 * {@code REQUIRED_WHEN(engine.mode, pipeline)}). Mapping to the contract's flat keys is the REST adapter's.
 */
public final class ViolationText {

    private ViolationText() {
    }

    /** Every violation's rule text, under its key, keys and rules in the order reported. */
    public static Map<String, List<String>> byKey(Violations violations) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (Violation violation : violations.all()) {
            byKey.computeIfAbsent(key(violation.path()), key -> new ArrayList<>()).add(rule(violation));
        }
        byKey.replaceAll((key, rules) -> List.copyOf(rules));
        return Collections.unmodifiableMap(byKey);
    }

    /**
     * {@code engine.llmModelId} → {@code engine.llm_model_id}; {@code tools[0].phoneNumber} →
     * {@code tools.0.phone_number}; {@code variables[companyName]} → {@code variables.companyName}.
     */
    public static String key(FieldPath path) {
        return path.segments().stream().map(ViolationText::segment).collect(Collectors.joining("."));
    }

    /** {@code REQUIRED}, or the rule with its arguments: {@code REQUIRED_WHEN(tools.0.caller_id_mode, custom)}. */
    public static String rule(Violation violation) {
        if (violation.arguments().isEmpty()) {
            return violation.rule().name();
        }
        return violation.rule().name() + violation.arguments().stream().map(ViolationText::argument)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** {@code isWebhookActive} → {@code is_webhook_active}. */
    public static String snakeCase(String javaName) {
        StringBuilder snake = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }

    private static String segment(FieldPath.Segment segment) {
        if (segment instanceof FieldPath.Property property) {
            return snakeCase(property.name());
        }
        if (segment instanceof FieldPath.Index index) {
            return String.valueOf(index.position());
        }
        return ((FieldPath.Key) segment).key();
    }

    private static String argument(Object argument) {
        return argument instanceof FieldPath path ? key(path) : String.valueOf(argument);
    }
}
