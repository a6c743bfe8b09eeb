package ai.assistants.adapters.rest.json;

import ai.assistants.adapters.rest.contract.ContractRecord;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.BuiltInToolType;
import ai.assistants.domain.assistant.tool.UnrecognizedTool;
import ai.assistants.domain.code.ContractCode;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Rule.ValueKind;
import ai.assistants.domain.validation.Violations;
import ai.assistants.domain.code.Codes;
import ai.assistants.domain.validation.constraint.Text;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds a JSON object onto a record by its components (camelCase in Java, snake_case in JSON).
 * It never rejects a request: a value of the wrong JSON kind or a key the record does not have
 * becomes a violation and the component stays {@code null}, so the domain can report
 * everything else in the same answer. List elements keep their positions (a bad element is
 * {@code null}), so the domain's keys such as {@code tool_ids.1} still point at what was sent.
 */
public final class JsonRecordBinder {

    private static final String TOOL_TYPE = "type";

    public <T extends Record> T bind(JsonObject json, Class<T> type, Violations violations) {
        return type.cast(bindRecord(json, type, FieldPath.root(), Set.of(), violations));
    }

    private Object bindRecord(JsonObject json, Class<?> type, FieldPath path, Set<String> alsoKnown,
                              Violations violations) {
        ContractRecord shape = ContractRecord.of(type);
        for (String key : json.keySet()) {
            if (!shape.knows(key) && !alsoKnown.contains(key)) {
                violations.add(path.key(key), Rule.NOT_SUPPORTED);
            }
        }
        List<ContractRecord.Component> components = shape.components();
        Object[] values = new Object[components.size()];
        for (int i = 0; i < values.length; i++) {
            ContractRecord.Component component = components.get(i);
            JsonValue value = json.get(component.key());
            values[i] = value == null
                    ? null
                    : read(value, component.type(), component.maxItems(), path.property(component.reflected().getName()), violations);
        }
        return shape.construct(values);
    }

    /** @param maxItems for a list or map, the most items its rule allows (see {@link #readList}) */
    private Object read(JsonValue value, Type target, int maxItems, FieldPath key, Violations violations) {
        if (value.getValueType() == JsonValue.ValueType.NULL || isBlankText(value)) {
            return null;
        }
        Class<?> raw = rawClass(target);
        if (raw == String.class) {
            return value instanceof JsonString text ? readText(text, key, violations) : wrong(key, ValueKind.STRING, violations);
        }
        if (raw == Long.class) {
            return readInteger(value, key, violations);
        }
        if (raw == BigDecimal.class) {
            return value instanceof JsonNumber number ? JsonNumbers.decimal(number) : wrong(key, ValueKind.NUMBER, violations);
        }
        if (raw == Boolean.class) {
            return readBoolean(value, key, violations);
        }
        if (raw == List.class) {
            return readList(value, elementType(target, 0), maxItems, key, violations);
        }
        if (raw == Map.class) {
            return readScalarMap(value, maxItems, key, violations);
        }
        if (raw.isEnum() && ContractCode.class.isAssignableFrom(raw)) {
            return value instanceof JsonString code ? readCode(code, raw, key, violations) : wrong(key, ValueKind.STRING, violations);
        }
        if (raw == BuiltInTool.class) {
            return readTool(value, key, violations);
        }
        if (raw.isRecord()) {
            return value instanceof JsonObject object
                    ? bindRecord(object, raw, key, Set.of(), violations)
                    : wrong(key, ValueKind.OBJECT, violations);
        }
        throw new IllegalStateException("No JSON reading for " + target + " at " + key);
    }

    /**
     * Text of only whitespace is the contract's "absent" (the domain's {@link Text#isMissing}), whatever
     * the field's kind, so it is read as absent: every rule then treats it alike (an id of {@code " "}
     * is required, not "an integer") and nothing blank is ever stored. Prompt variables are the
     * caller's own data and keep theirs.
     */
    private static boolean isBlankText(JsonValue value) {
        return value instanceof JsonString text && Text.isMissing(text.getString());
    }

    /** Text that no database can hold as sent (U+0000, half of a surrogate pair) is refused on its field. */
    private static Object readText(JsonString json, FieldPath key, Violations violations) {
        String text = json.getString();
        return StorableText.is(text) ? text : unreadable(key, violations);
    }

    /** A code the contract names by its text; any other text is not one of the allowed values. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object readCode(JsonString code, Class<?> type, FieldPath key, Violations violations) {
        Object parsed = Codes.parse((Class) type, code.getString()).orElse(null);
        if (parsed == null) {
            violations.add(key, Rule.NOT_ONE_OF);
        }
        return parsed;
    }

    private static Object readInteger(JsonValue value, FieldPath key, Violations violations) {
        if (!(value instanceof JsonNumber number)) {
            return wrong(key, ValueKind.INTEGER, violations);
        }
        BigDecimal exact = number.bigDecimalValue();
        if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            return wrong(key, ValueKind.INTEGER, violations);
        }
        try {
            return exact.longValueExact();
        } catch (ArithmeticException beyondLong) {
            // Beyond every range and every id: the nearest long keeps it that way for the domain's rules
            return exact.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }

    private static Object readBoolean(JsonValue value, FieldPath key, Violations violations) {
        return switch (value.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> wrong(key, ValueKind.BOOLEAN, violations);
        };
    }

    /**
     * A list longer than its rule allows gets only "too many items", whatever its items are; one item
     * past the limit is enough to break the rule, so the rest is never read, and a body full of items
     * costs no more than a list one item too long.
     */
    private Object readList(JsonValue value, Type elementType, int maxItems, FieldPath key, Violations violations) {
        if (!(value instanceof JsonArray array)) {
            return wrong(key, ValueKind.ARRAY, violations);
        }
        int read = (int) Math.min(array.size(), maxItems + 1L);
        List<Object> elements = new ArrayList<>(read);
        for (int i = 0; i < read; i++) {
            elements.add(read(array.get(i), elementType, Integer.MAX_VALUE, key.index(i), violations));
        }
        return elements;
    }

    /** Prompt variables: strings, numbers and booleans pass through; their keys are the caller's own. */
    private static Object readScalarMap(JsonValue value, int maxEntries, FieldPath key, Violations violations) {
        if (!(value instanceof JsonObject object)) {
            return wrong(key, ValueKind.OBJECT, violations);
        }
        Map<String, Object> scalars = new LinkedHashMap<>();
        // As with lists: one entry past the limit breaks the rule, the rest is never judged.
        object.entrySet().stream().limit(maxEntries + 1L).forEach(member -> {
            String name = member.getKey();
            JsonValue entry = member.getValue();
            Object scalar = scalar(entry);
            if (scalar == null) {
                wrong(key.key(name), ValueKind.STRING, violations);
            } else if (scalar instanceof String text && !StorableText.is(text)) {
                scalar = unreadable(key.key(name), violations);
            }
            // A bad entry keeps its place, so the map's size is what was sent.
            scalars.put(name, scalar);
        });
        return scalars;
    }

    private static Object scalar(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> JsonNumbers.decimal((JsonNumber) value);
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * The tool's {@code type} picks the record its other keys are bound to; the domain judges any other
     * string, and an absent type. A type of another JSON kind is reported here, so the domain passes over it.
     */
    private Object readTool(JsonValue value, FieldPath key, Violations violations) {
        if (!(value instanceof JsonObject tool)) {
            return wrong(key, ValueKind.OBJECT, violations);
        }
        JsonValue type = tool.get(TOOL_TYPE);
        if (type == null || type.getValueType() == JsonValue.ValueType.NULL) {
            return new UnrecognizedTool(null);
        }
        if (!(type instanceof JsonString code)) {
            wrong(key.property(TOOL_TYPE), ValueKind.STRING, violations);
            return new UnrecognizedTool(null);
        }
        if (Text.isMissing(code.getString())) {
            return new UnrecognizedTool(null);
        }
        return BuiltInToolType.fromCode(code.getString())
                .map(known -> bindRecord(tool, known.valueType(), key, Set.of(TOOL_TYPE), violations))
                .orElseGet(() -> {
                    violations.add(key.property(TOOL_TYPE), Rule.NOT_ONE_OF);
                    return new UnrecognizedTool(null);
                });
    }

    private static Object unreadable(FieldPath key, Violations violations) {
        violations.add(key, Rule.FORMAT);
        return null;
    }

    private static Object wrong(FieldPath key, ValueKind expected, Violations violations) {
        violations.add(key, Rule.WRONG_KIND, expected);
        return null;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        throw new IllegalStateException("No JSON reading for " + type);
    }

    private static Type elementType(Type listType, int index) {
        return ((ParameterizedType) listType).getActualTypeArguments()[index];
    }
}
