package ai.assistants.domain.midcalltool;

import ai.assistants.domain.validation.FieldPath;

import java.util.List;
import java.util.function.Function;

/**
 * Each field of a tool with the path it is reported and named at (its component's name, as the
 * constraint engine reports it) and its accessor, so that rules and changes refer to fields through
 * accessors and a field's name is written once.
 */
public record MidCallToolFields<T>(FieldPath path, Function<MidCallToolDefinition, T> accessor) {

    public static final MidCallToolFields<String> NAME = of("name", MidCallToolDefinition::name);
    public static final MidCallToolFields<String> DESCRIPTION = of("description", MidCallToolDefinition::description);
    public static final MidCallToolFields<String> ENDPOINT = of("endpoint", MidCallToolDefinition::endpoint);
    public static final MidCallToolFields<HttpMethod> METHOD = of("method", MidCallToolDefinition::method);
    public static final MidCallToolFields<Long> TIMEOUT = of("timeout", MidCallToolDefinition::timeout);
    public static final MidCallToolFields<List<ToolHeader>> HEADERS = of("headers", MidCallToolDefinition::headers);
    public static final MidCallToolFields<List<ToolParameter>> SCHEMA = of("schema", MidCallToolDefinition::schema);

    private static <T> MidCallToolFields<T> of(String name, Function<MidCallToolDefinition, T> accessor) {
        return new MidCallToolFields<>(FieldPath.of(name), accessor);
    }

    public T of(MidCallToolDefinition tool) {
        return accessor.apply(tool);
    }
}
