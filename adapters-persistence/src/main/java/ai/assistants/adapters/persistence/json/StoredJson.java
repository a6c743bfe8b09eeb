package ai.assistants.adapters.persistence.json;

import ai.assistants.domain.assistant.tool.BuiltInTool;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;

import java.util.List;

/**
 * Every JSON column is written and read here, by JSON-B, with the domain's records as they are.
 * Keys are the contract's snake_case names, so stored JSON reads and queries like the API. A null
 * (a list or group never sent) is left out and reads back as null; an empty list stays {@code []}.
 * Decimals are written as their BigDecimal text, so {@code 0.70} keeps its scale on both databases.
 * What JSON-B cannot do alone is in {@link ContractCodeJson}, {@link ToolListJson} and
 * {@link VariablesAsPairs}. {@code null} in, {@code null} out: SQL NULL for a list never sent.
 */
public final class StoredJson {

    // One for the whole application: a Jsonb is thread-safe and costly to build, and looking up
    // the JSON-B provider per call cost 11% of the CPU of a create inside Liberty.
    private static final Jsonb JSONB = create();

    private StoredJson() {
    }

    public static String write(Object value) {
        return value == null ? null : JSONB.toJson(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return json == null ? null : JSONB.fromJson(json, type);
    }

    public static List<Long> readIds(String json) {
        return json == null ? null : List.of(JSONB.fromJson(json, Long[].class));
    }

    public static String writeTools(List<BuiltInTool> tools) {
        return tools == null ? null : JSONB.toJson(new ToolList(tools));
    }

    public static List<BuiltInTool> readTools(String json) {
        return json == null ? null : JSONB.fromJson(json, ToolList.class).values();
    }

    private static Jsonb create() {
        ContractCodeJson codes = new ContractCodeJson();
        ToolListJson tools = new ToolListJson();
        return JsonbBuilder.create(new JsonbConfig()
                .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
                .withSerializers(codes, tools)
                .withDeserializers(codes, tools));
    }
}
