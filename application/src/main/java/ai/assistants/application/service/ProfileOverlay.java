package ai.assistants.application.service;

import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.validation.FieldPath;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;

/**
 * A stored profile with each field a request named replaced by the value it sent, {@code null}
 * included: the "absent keeps" of a partial update. The profile's shape is walked rather than listed,
 * so a new setting needs nothing here; a sent field that is itself a record, a list or a map is
 * replaced whole, as the contract asks.
 */
final class ProfileOverlay {

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private ProfileOverlay() {
    }

    static AssistantProfile apply(AssistantProfile stored, AssistantProfile sentValues, Set<FieldPath> sent) {
        return overlay(stored, sentValues, sent, FieldPath.root());
    }

    private static <R extends Record> R overlay(R stored, R sentValues, Set<FieldPath> sent, FieldPath at) {
        Shape shape = SHAPES.get(stored.getClass());
        Object[] values = new Object[shape.components.length];
        for (int i = 0; i < values.length; i++) {
            RecordComponent component = shape.components[i];
            FieldPath path = at.property(component.getName());
            Object storedValue = read(component, stored);
            if (sent.contains(path)) {
                values[i] = read(component, sentValues);
            } else if (storedValue instanceof Record group && holdsSent(path, sent)) {
                values[i] = overlay(group, (Record) read(component, sentValues), sent, path);
            } else {
                values[i] = storedValue;
            }
        }
        return shape.construct(values);
    }

    private static boolean holdsSent(FieldPath group, Set<FieldPath> sent) {
        return sent.stream().anyMatch(path -> path.startsWith(group));
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    private record Shape(RecordComponent[] components, Constructor<?> canonical) {

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            try {
                return new Shape(components, type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new)));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }

        @SuppressWarnings("unchecked")
        <R> R construct(Object[] values) {
            try {
                return (R) canonical.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot build " + canonical.getDeclaringClass(), e);
            }
        }
    }
}
