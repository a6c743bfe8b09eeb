package ai.assistants.adapters.rest.json;

import ai.assistants.domain.validation.ContractKeys;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A record's components with their JSON names, worked out once per record type. */
final class RecordShape {

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    record Component(String jsonName, Type type, RecordComponent reflected) {
    }

    private final List<Component> components;
    private final Set<String> jsonNames;
    private final Constructor<?> canonical;

    private RecordShape(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        RecordComponent[] reflected = type.getRecordComponents();
        this.components = Arrays.stream(reflected)
                .map(c -> new Component(ContractKeys.snakeCase(c.getName()), c.getGenericType(), c))
                .toList();
        this.jsonNames = components.stream().map(Component::jsonName).collect(Collectors.toUnmodifiableSet());
        try {
            this.canonical = type.getDeclaredConstructor(
                    Arrays.stream(reflected).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A record always has a canonical constructor: " + type, e);
        }
    }

    static RecordShape of(Class<?> type) {
        return SHAPES.get(type);
    }

    List<Component> components() {
        return components;
    }

    boolean knows(String jsonName) {
        return jsonNames.contains(jsonName);
    }

    Object construct(Object[] values) {
        try {
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("A request record rejected its values", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + canonical.getDeclaringClass(), e);
        }
    }

    Object valueOf(Component component, Object record) {
        try {
            return component.reflected().getAccessor().invoke(record);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("A record accessor failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.reflected(), e);
        }
    }
}
