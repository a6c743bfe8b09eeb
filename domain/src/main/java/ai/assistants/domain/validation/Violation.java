package ai.assistants.domain.validation;

import java.util.List;

/** One broken rule: where, which, and the rule's arguments (bounds, the other field, the mode). */
public record Violation(FieldPath path, Rule rule, List<Object> arguments) {

    public Violation {
        arguments = List.copyOf(arguments);
    }

    public static Violation of(FieldPath path, Rule rule, Object... arguments) {
        return new Violation(path, rule, List.of(arguments));
    }
}
