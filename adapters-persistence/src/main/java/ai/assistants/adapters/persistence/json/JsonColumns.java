package ai.assistants.adapters.persistence.json;

import ai.assistants.domain.assistant.FillerConfig;
import ai.assistants.domain.assistant.PostCallField;
import ai.assistants.domain.assistant.Variables;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.BuiltInToolType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON forms of the assistant's lists and nested settings; MapStruct picks these methods by
 * type. A list or map never sent is SQL {@code NULL}, one sent empty is {@code []}, so each reads
 * back as it was sent. Variables are stored as an array of {@code {"name", "value"}} pairs because a JSON object's
 * key order does not survive PostgreSQL's jsonb, and the contract keeps the order they were sent in.
 */
public final class JsonColumns {

    private static final String TYPE = "type";
    private static final String NAME = "name";
    private static final String VALUE = "value";

    public String idsToJson(List<Long> ids) {
        return ids == null ? null : RecordJson.toJson(ids).toString();
    }

    public List<Long> idsFromJson(String json) {
        return json == null ? null
                : parse(json).asJsonArray().stream().map(id -> ((JsonNumber) id).longValueExact()).toList();
    }

    public String toolsToJson(List<BuiltInTool> tools) {
        if (tools == null) {
            return null;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        tools.forEach(tool -> array.add(RecordJson.write((Record) tool).add(TYPE, tool.type())));
        return array.build().toString();
    }

    public List<BuiltInTool> toolsFromJson(String json) {
        return json == null ? null : parse(json).asJsonArray().stream().map(JsonValue::asJsonObject).map(JsonColumns::tool).toList();
    }

    public String postCallSchemaToJson(List<PostCallField> fields) {
        return fields == null ? null : RecordJson.toJson(fields).toString();
    }

    public List<PostCallField> postCallSchemaFromJson(String json) {
        return json == null ? null : parse(json).asJsonArray().stream()
                .map(field -> RecordJson.read(PostCallField.class, field.asJsonObject()))
                .toList();
    }

    public String fillerConfigToJson(FillerConfig fillerConfig) {
        return fillerConfig == null ? null : RecordJson.write(fillerConfig).build().toString();
    }

    public FillerConfig fillerConfigFromJson(String json) {
        return json == null ? null : RecordJson.read(FillerConfig.class, parse(json).asJsonObject());
    }

    public String variablesToJson(Variables variables) {
        if (variables == null || variables.values() == null) {
            return null;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        variables.values().forEach((name, value) ->
                array.add(Json.createObjectBuilder().add(NAME, name).add(VALUE, RecordJson.toJson(value))));
        return array.build().toString();
    }

    public Variables variablesFromJson(String json) {
        if (json == null) {
            return new Variables(null);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (JsonValue pair : parse(json).asJsonArray()) {
            JsonObject entry = pair.asJsonObject();
            values.put(entry.getString(NAME), scalar(entry.get(VALUE)));
        }
        return new Variables(values);
    }

    private static BuiltInTool tool(JsonObject json) {
        String type = json.getString(TYPE);
        Class<? extends BuiltInTool> valueType = BuiltInToolType.fromCode(type)
                .orElseThrow(() -> new IllegalStateException("Stored tool has an unknown type: " + type))
                .valueType();
        return (BuiltInTool) RecordJson.read(valueType.asSubclass(Record.class), json);
    }

    private static Object scalar(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((jakarta.json.JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> throw new IllegalStateException("Stored variable is not a string, number or boolean");
        };
    }

    private static JsonStructure parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.read();
        }
    }
}
