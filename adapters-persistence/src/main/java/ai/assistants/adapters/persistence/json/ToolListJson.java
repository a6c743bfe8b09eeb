package ai.assistants.adapters.persistence.json;

import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.BuiltInToolType;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;

import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Built-in tools as a JSON array of objects, each the tool record's own fields plus its
 * {@code type} discriminator, so that a query finds tools by type and fields at one level
 * ({@code tools @> '[{"type": "assistant_transfer", "assistant_id": 7}]'}). JSON-B writes and reads
 * the fields; this adds the type, and reads each object into the record its type names.
 *
 * <p>Registered for the list, not for BuiltInTool: JSON-B applies a serializer to every class that
 * implements the interface it is registered for, so it would call itself again for the record's
 * own fields. The fields are written to text and copied in for the same reason: the generator
 * JSON-B hands over has no way to write one record's fields into an object already started.
 */
final class ToolListJson implements JsonbSerializer<ToolList>, JsonbDeserializer<ToolList> {

    private static final String TYPE = "type";

    // Created once: each factory method of jakarta.json.Json looks the provider up again.
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final JsonGeneratorFactory GENERATORS = JSON.createGeneratorFactory(Map.of());
    private static final JsonReaderFactory READERS = JSON.createReaderFactory(Map.of());
    private static final JsonParserFactory PARSERS = JSON.createParserFactory(Map.of());

    @Override
    public void serialize(ToolList tools, JsonGenerator generator, SerializationContext context) {
        generator.writeStartArray();
        for (BuiltInTool tool : tools.values()) {
            generator.writeStartObject();
            generator.write(TYPE, tool.type());
            fieldsOf(tool, context).forEach(generator::write);
            generator.writeEnd();
        }
        generator.writeEnd();
    }

    @Override
    public ToolList deserialize(JsonParser parser, DeserializationContext context, Type type) {
        List<BuiltInTool> tools = new ArrayList<>();
        for (JsonValue stored : parser.getArray()) {
            JsonObject tool = stored.asJsonObject();
            tools.add(context.deserialize(recordOf(tool.getString(TYPE)), PARSERS.createParser(tool)));
        }
        return new ToolList(List.copyOf(tools));
    }

    private static JsonObject fieldsOf(BuiltInTool tool, SerializationContext context) {
        StringWriter text = new StringWriter();
        try (JsonGenerator fields = GENERATORS.createGenerator(text)) {
            context.serialize(tool, fields);
        }
        try (JsonReader reader = READERS.createReader(new StringReader(text.toString()))) {
            return reader.readObject();
        }
    }

    private static Class<? extends BuiltInTool> recordOf(String type) {
        return BuiltInToolType.fromCode(type)
                .orElseThrow(() -> new IllegalStateException("Stored tool has an unknown type: " + type))
                .valueType();
    }
}
