package ai.assistants.adapters.persistence.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the domain's value records as JSON objects with snake_case keys (the contract's field
 * names, so stored JSON reads and queries like the API) and reads them back through their canonical
 * constructors. Driven by the record components, so a field added to a record needs no change here.
 * A {@code null} component is left out and read back as {@code null}.
 */
public final class RecordJson {

    private RecordJson() {
    }

    public static JsonObjectBuilder write(Record value) {
        ContractRecord shape = ContractRecord.of(value.getClass());
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (ContractRecord.Component component : shape.components()) {
            Object componentValue = shape.valueOf(component, value);
            if (componentValue != null) {
                object.add(component.key(), toJson(componentValue));
            }
        }
        return object;
    }

    public static <R extends Record> R read(Class<R> type, JsonObject object) {
        ContractRecord shape = ContractRecord.of(type);
        List<ContractRecord.Component> components = shape.components();
        Object[] arguments = new Object[components.size()];
        for (int i = 0; i < arguments.length; i++) {
            JsonValue json = object.get(components.get(i).key());
            arguments[i] = json == null ? null : fromJson(components.get(i).type(), json);
        }
        return type.cast(shape.construct(arguments));
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
}
