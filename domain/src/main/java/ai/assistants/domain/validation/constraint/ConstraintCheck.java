package ai.assistants.domain.validation.constraint;

import ai.assistants.domain.validation.ContractKeys;
import ai.assistants.domain.validation.Violations;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
        List<ConstraintViolation<Object>> found = new ArrayList<>(validator.validate(bean));
        // The engine answers a set; report in the record's declaration order so answers are stable.
        found.sort(Comparator.comparingInt((ConstraintViolation<Object> v) -> declarationIndex(bean, v.getPropertyPath()))
                .thenComparing(v -> v.getPropertyPath().toString()));
        for (ConstraintViolation<Object> violation : found) {
            String key = ContractKeys.of(prefix, violation.getPropertyPath());
            out.add(key, Rule.message(key, violation.getMessage()));
        }
        if (bean.getClass().isRecord()) {
            for (RecordComponent component : bean.getClass().getRecordComponents()) {
                if (component.isAnnotationPresent(Cascade.class)) {
                    descend(component, read(component, bean), ContractKeys.child(prefix, ContractKeys.snakeCase(component.getName())), out);
                }
            }
        }
    }

    private void descend(RecordComponent component, Object value, String key, Violations out) {
        if (value instanceof List<?> list) {
            ItemList limit = component.getAnnotation(ItemList.class);
            if (limit != null && list.size() > limit.max()) {
                return;
            }
            for (int index = 0; index < list.size(); index++) {
                if (list.get(index) != null) {
                    walk(list.get(index), ContractKeys.child(key, index), out);
                }
            }
        } else if (value != null) {
            walk(value, key, out);
        }
    }

    private static Object read(RecordComponent component, Object bean) {
        try {
            return component.getAccessor().invoke(bean);
        } catch (ReflectiveOperationException | SecurityException unreadable) {
            return null;
        }
    }

    private static int declarationIndex(Object bean, Path path) {
        if (!bean.getClass().isRecord()) {
            return 0;
        }
        var iterator = path.iterator();
        String first = iterator.hasNext() ? iterator.next().getName() : null;
        RecordComponent[] components = bean.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(first)) {
                return i;
            }
        }
        return -1;
    }
}
