package ai.assistants.adapters.persistence.json;

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
/** Stored JSON of the domain's records under snake_case keys; goes when the settings are written by JSON-B. */
final class ContractRecord {

    private static final ClassValue<ContractRecord> SHAPES = new ClassValue<>() {
        @Override
        protected ContractRecord computeValue(Class<?> type) {
            return new ContractRecord(type);
        }
    };

    public record Component(String key, Type type, RecordComponent reflected) {
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
                .map(c -> new Component(snakeCase(c.getName()), c.getGenericType(), c))
                .toList();
        this.keys = components.stream().map(Component::key).collect(Collectors.toUnmodifiableSet());
        try {
            this.canonical = type.getDeclaredConstructor(
                    Arrays.stream(reflected).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A record always has a canonical constructor: " + type, e);
        }
    }

    public static ContractRecord of(Class<?> type) {
        return SHAPES.get(type);
    }

    public List<Component> components() {
        return components;
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

    private static String snakeCase(String javaName) {
        StringBuilder snake = new StringBuilder(javaName.length() + 4);
        for (char c : javaName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }
}
