package ai.assistants.adapters.rest.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Map;
import java.util.TreeMap;

/**
 * One text for every way of writing the same JSON value: members in key order, no white space,
 * numbers by value ({@code 1}, {@code 1.0} and {@code 1e0} alike), strings escaped one way. Two
 * request bodies are the same request exactly when their canonical texts are equal (CONTRACT.md:
 * "compared as JSON, not as bytes").
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String of(JsonValue value) {
        StringBuilder text = new StringBuilder();
        write(value, text);
        return text.toString();
    }

    private static void write(JsonValue value, StringBuilder text) {
        switch (value.getValueType()) {
            case OBJECT -> {
                text.append('{');
                String separator = "";
                for (Map.Entry<String, JsonValue> member : new TreeMap<>((JsonObject) value).entrySet()) {
                    text.append(separator).append(Json.createValue(member.getKey())).append(':');
                    write(member.getValue(), text);
                    separator = ",";
                }
                text.append('}');
            }
            case ARRAY -> {
                text.append('[');
                String separator = "";
                for (JsonValue item : (JsonArray) value) {
                    text.append(separator);
                    write(item, text);
                    separator = ",";
                }
                text.append(']');
            }
            case NUMBER -> {
                JsonNumber number = (JsonNumber) value;
                text.append(number.bigDecimalValue().signum() == 0 ? "0"
                        : number.bigDecimalValue().stripTrailingZeros().toString());
            }
            case STRING -> text.append(Json.createValue(((JsonString) value).getString()));
            default -> text.append(value);
        }
    }
}
