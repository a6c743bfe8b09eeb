package ai.assistants.domain.validation.constraint;

import java.lang.reflect.Method;

/** Reads a record component by name, for constraints that relate one field to another. */
final class Properties {

    private Properties() {
    }

    /** The value, or {@code null} when {@code bean} has no such accessor. */
    static Object read(Object bean, String name) {
        try {
            Method accessor = bean.getClass().getMethod(name);
            return accessor.invoke(bean);
        } catch (ReflectiveOperationException | SecurityException noSuchProperty) {
            return null;
        }
    }
}
