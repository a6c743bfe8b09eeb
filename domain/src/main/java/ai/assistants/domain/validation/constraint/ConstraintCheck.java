package ai.assistants.domain.validation.constraint;

import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the Bean Validation constraints declared on a value and its parts, and reports each one
 * broken as the domain's {@link Violation}: the rule and its arguments come from the constraint
 * itself, never from a message. This is the one table from constraints to rules.
 */
public final class ConstraintCheck {

    private static final Comparator<Violation> STABLE_ORDER = Comparator
            .comparing((Violation violation) -> violation.path().toString())
            .thenComparing(Violation::rule);

    /** {@code @Null} holds a value where none of the allowed ones fits (a tool of an unknown type). */
    private static final Map<Class<? extends Annotation>, Rule> RULES_WITHOUT_ARGUMENTS = Map.of(
            NotNull.class, Rule.REQUIRED, NotBlank.class, Rule.REQUIRED, Null.class, Rule.NOT_ONE_OF,
            Pattern.class, Rule.FORMAT, TimeZoneId.class, Rule.TIMEZONE, WebUrl.class, Rule.URL,
            PhoneNumber.class, Rule.PHONE, Distinct.class, Rule.DUPLICATE, MidCallToolName.class, Rule.MID_CALL_TOOL_NAME);

    private final Validator validator;

    public ConstraintCheck(Validator validator) {
        this.validator = validator;
    }

    /** Every broken constraint, but nothing inside a list already refused for its length. */
    public List<Violation> check(Object root) {
        return check(root, FieldPath.root());
    }

    /** As {@link #check(Object)}, for a value found at {@code at} inside another one. */
    public List<Violation> check(Object root, FieldPath at) {
        if (root == null) {
            return List.of();
        }
        Set<ConstraintViolation<Object>> found = validator.validate(root);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>(found.size());
        List<FieldPath> tooLong = new ArrayList<>();
        for (ConstraintViolation<Object> each : found) {
            Violation violation = toViolation(each, at);
            violations.add(violation);
            if (violation.rule() == Rule.TOO_MANY) {
                tooLong.add(violation.path());
            }
        }
        if (!tooLong.isEmpty()) {
            violations.removeIf(violation -> violation.rule() != Rule.TOO_MANY
                    && tooLong.stream().anyMatch(violation.path()::startsWith));
        }
        violations.sort(STABLE_ORDER);
        return violations;
    }

    private static Violation toViolation(ConstraintViolation<Object> violation, FieldPath at) {
        FieldPath path = at.append(pathOf(violation.getPropertyPath()));
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof Size size) {
            return Violation.of(path, Rule.TOO_MANY, size.max());
        }
        if (constraint instanceof CodePoints length) {
            return length.min() == 0
                    ? Violation.of(path, Rule.MAX_LENGTH, length.max())
                    : Violation.of(path, Rule.LENGTH_BETWEEN, length.min(), length.max());
        }
        if (constraint instanceof Between range) {
            return Violation.of(path, Rule.BETWEEN, range.min(), range.max());
        }
        Rule rule = RULES_WITHOUT_ARGUMENTS.get(constraint.annotationType());
        if (rule == null) {
            throw new IllegalStateException("No rule is known for " + constraint.annotationType().getName());
        }
        return Violation.of(path, rule);
    }

    /** Property names, list indexes and map keys, in the order the engine walked them. */
    static FieldPath pathOf(Path path) {
        FieldPath result = FieldPath.root();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                result = node.getIndex() != null ? result.index(node.getIndex()) : result.key(String.valueOf(node.getKey()));
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                result = result.property(node.getName());
            }
        }
        return result;
    }
}
