package ai.assistants.domain.validation.constraint;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reads a record component by name, for constraints that relate one field to another. */
final class Properties {

    // Class.getMethod searches and copies on every call; each accessor (or its absence) is looked up once.
    private static final ClassValue<Map<String, Optional<Method>>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private Properties() {
    }

    /** The value, or {@code null} when {@code bean} has no such accessor. */
    static Object read(Object bean, String name) {
        Optional<Method> accessor = ACCESSORS.get(bean.getClass()).computeIfAbsent(name, missing -> find(bean.getClass(), missing));
        if (accessor.isEmpty()) {
            return null;
        }
        try {
            return accessor.get().invoke(bean);
        } catch (ReflectiveOperationException | SecurityException unreadable) {
            return null;
        }
    }

    private static Optional<Method> find(Class<?> type, String name) {
        try {
            return Optional.of(type.getMethod(name));
        } catch (NoSuchMethodException | SecurityException noSuchProperty) {
            return Optional.empty();
        }
    }
}
