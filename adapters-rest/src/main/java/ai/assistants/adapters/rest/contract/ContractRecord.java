package ai.assistants.adapters.rest.contract;

import jakarta.validation.constraints.Size;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A record's components under their contract keys ({@code phoneNumber} is {@code phone_number}),
 * with its canonical constructor: what every reader and writer of the domain's records as JSON
 * needs, worked out once per record type, since reflection answers with fresh copies every time.
 */
public final class ContractRecord {

    private static final ClassValue<ContractRecord> SHAPES = new ClassValue<>() {
        @Override
        protected ContractRecord computeValue(Class<?> type) {
            return new ContractRecord(type);
        }
    };

    /**
     * @param maxItems the most items a list or map may have, declared where the domain keeps the field,
     *                 or {@link Integer#MAX_VALUE}
     */
    public record Component(String key, Type type, RecordComponent reflected, int maxItems) {
    }

    private final List<Component> components;
    private final Set<String> keys;
    private final Constructor<?> canonical;

    private ContractRecord(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        RecordComponent[] reflected = type.getRecordComponents();
        this.components = Arrays.stream(reflected)
                .map(c -> new Component(FieldKeys.snakeCase(c.getName()), c.getGenericType(), c, maxItems(type, c)))
                .toList();
        this.keys = components.stream().map(Component::key).collect(Collectors.toUnmodifiableSet());
        try {
            this.canonical = type.getDeclaredConstructor(
                    Arrays.stream(reflected).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A record always has a canonical constructor: " + type, e);
        }
    }

    private static int maxItems(Class<?> type, RecordComponent component) {
        RecordComponent declared = type == AssistantRequest.class ? WireFields.declaration(component.getName()) : component;
        Size size = declared.getAnnotation(Size.class);
        if (size == null && declared.getAccessor() != null) {
            size = declared.getAccessor().getAnnotation(Size.class);
        }
        return size == null ? Integer.MAX_VALUE : size.max();
    }

    public static ContractRecord of(Class<?> type) {
        return SHAPES.get(type);
    }

    public List<Component> components() {
        return components;
    }

    /** The position of the component Java calls {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).reflected().getName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public boolean knows(String key) {
        return keys.contains(key);
    }

    public Object construct(Object[] values) {
        try {
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("A record rejected its values", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + canonical.getDeclaringClass(), e);
        }
    }

    public Object valueOf(Component component, Object record) {
        try {
            return component.reflected().getAccessor().invoke(record);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("A record accessor failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.reflected(), e);
        }
    }
}
