package ai.assistants.adapters.persistence.json;

import ai.assistants.domain.validation.ContractKeys;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the domain's value records as JSON objects with snake_case keys (the contract's field
 * names, so stored JSON reads and queries like the API) and reads them back through their canonical
 * constructors. Driven by the record components, so a field added to a record needs no change here.
 * A {@code null} component is left out and read back as {@code null}.
 */
public final class RecordJson {

    /** A record type's components, their keys and its canonical constructor, looked up once per type. */
    private record Shape(RecordComponent[] components, String[] keys, Constructor<?> constructor) {

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] keys = Arrays.stream(components).map(c -> ContractKeys.snakeCase(c.getName())).toArray(String[]::new);
            Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                return new Shape(components, keys, type.getDeclaredConstructor(parameterTypes));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("A record always has its canonical constructor: " + type.getName(), e);
            }
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private RecordJson() {
    }

    public static JsonObjectBuilder write(Record value) {
        Shape shape = SHAPES.get(value.getClass());
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 0; i < shape.components().length; i++) {
            Object componentValue = read(shape.components()[i], value);
            if (componentValue != null) {
                object.add(shape.keys()[i], toJson(componentValue));
            }
        }
        return object;
    }

    public static <R extends Record> R read(Class<R> type, JsonObject object) {
        Shape shape = SHAPES.get(type);
        Object[] arguments = new Object[shape.components().length];
        for (int i = 0; i < arguments.length; i++) {
            JsonValue json = object.get(shape.keys()[i]);
            arguments[i] = json == null ? null : fromJson(shape.components()[i].getGenericType(), json);
        }
        return construct(type, shape.constructor(), arguments);
    }

    static JsonValue toJson(Object value) {
        if (value instanceof String text) {
            return Json.createValue(text);
        }
        if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Number number) {
            return Json.createValue(new BigDecimal(number.toString()));
        }
        if (value instanceof Record nested) {
            return write(nested).build();
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(item -> array.add(toJson(item)));
            return array.build();
        }
        throw new IllegalArgumentException("No JSON form for " + value.getClass().getName());
    }

    static Object fromJson(Type type, JsonValue json) {
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            Type itemType = list.getActualTypeArguments()[0];
            List<Object> items = new ArrayList<>();
            ((JsonArray) json).forEach(item -> items.add(fromJson(itemType, item)));
            return List.copyOf(items);
        }
        if (type == String.class) {
            return ((JsonString) json).getString();
        }
        if (type == Boolean.class || type == boolean.class) {
            return json.getValueType() == JsonValue.ValueType.TRUE;
        }
        if (type == Long.class || type == long.class) {
            return ((JsonNumber) json).longValueExact();
        }
        if (type == Integer.class || type == int.class) {
            return ((JsonNumber) json).intValueExact();
        }
        if (type == BigDecimal.class) {
            return ((JsonNumber) json).bigDecimalValue();
        }
        if (type instanceof Class<?> recordType && recordType.isRecord()) {
            return read(recordType.asSubclass(Record.class), (JsonObject) json);
        }
        throw new IllegalArgumentException("No Java form for " + type.getTypeName());
    }

    private static Object read(RecordComponent component, Record value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    private static <R extends Record> R construct(Class<R> type, Constructor<?> constructor, Object[] arguments) {
        try {
            return type.cast(constructor.newInstance(arguments));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot rebuild " + type.getName() + " from stored JSON", e);
        }
    }
}
