package ai.assistants.domain.validation.constraint;

import ai.assistants.domain.validation.ContractKeys;
import ai.assistants.domain.validation.Violations;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Runs the declared constraints of a record and of the values its {@link Cascade} components
 * hold, and reports each violation under the contract's key with the contract's message.
 */
public final class ConstraintCheck {

    private final Validator validator;

    public ConstraintCheck(Validator validator) {
        this.validator = validator;
    }

    public Violations check(Object root) {
        Violations violations = new Violations();
        if (root != null) {
            walk(root, "", violations);
        }
        return violations;
    }

    private void walk(Object bean, String prefix, Violations out) {
        RecordShape shape = RecordShape.of(bean.getClass());
        Set<ConstraintViolation<Object>> found = validator.validate(bean);
        if (!found.isEmpty()) {
            report(found, shape, prefix, out);
        }
        for (RecordShape.Cascaded component : shape.cascaded()) {
            descend(component, component.read(bean), ContractKeys.child(prefix, component.key()), out);
        }
    }

    private static void report(Set<ConstraintViolation<Object>> found, RecordShape shape, String prefix, Violations out) {
        List<Located> located = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> violation : found) {
            String component = firstName(violation.getPropertyPath());
            located.add(new Located(violation, shape.declarationIndex(component),
                    shape.ruleIndex(component, violation.getConstraintDescriptor().getAnnotation().annotationType())));
        }
        // The engine answers a set; report in the record's declaration order so answers are stable:
        // by component, then, within one key, the component's own rules before the class's.
        if (located.size() > 1) {
            located.sort(Located.ORDER);
        }
        for (Located each : located) {
            String key = ContractKeys.of(prefix, each.violation().getPropertyPath());
            out.add(key, Rule.message(key, each.violation().getMessage()));
        }
    }

    private void descend(RecordShape.Cascaded component, Object value, String key, Violations out) {
        if (value instanceof List<?> list) {
            if (list.size() > component.maxItems()) {
                return;
            }
            for (int index = 0; index < list.size(); index++) {
                Object item = list.get(index);
                if (item != null) {
                    walk(item, ContractKeys.child(key, index), out);
                }
            }
        } else if (value != null) {
            walk(value, key, out);
        }
    }

    private static String firstName(Path path) {
        Iterator<Path.Node> nodes = path.iterator();
        return nodes.hasNext() ? nodes.next().getName() : null;
    }

    /** A violation with its sort position, worked out once rather than on every comparison. */
    private record Located(ConstraintViolation<Object> violation, int index, int rule) {

        static final Comparator<Located> ORDER = Comparator.comparingInt(Located::index)
                .thenComparing(located -> located.violation().getPropertyPath().toString())
                .thenComparingInt(Located::rule)
                .thenComparing(located -> located.violation().getMessage());
    }
}
