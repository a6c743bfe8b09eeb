package ai.assistants.adapters.persistence.json;

import ai.assistants.domain.assistant.Variables;
import jakarta.json.bind.adapter.JsonbAdapter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Variables as an array of {@code {"name", "value"}} pairs: PostgreSQL's jsonb does not keep the
 * key order of an object, and the contract keeps the order the variables were sent in. JSON-B reads
 * an untyped JSON number as a BigDecimal (with its scale), a string as a String and true/false as a
 * Boolean: the three kinds a variable can hold.
 */
final class VariablesAsPairs implements JsonbAdapter<Variables, List<VariablesAsPairs.Pair>> {

    /** Public because JSON-B reads records through public accessors only. */
    public record Pair(String name, Object value) {
    }

    @Override
    public List<Pair> adaptToJson(Variables variables) {
        return variables.values() == null ? null : variables.values().entrySet().stream()
                .map(variable -> new Pair(variable.getKey(), variable.getValue()))
                .toList();
    }

    @Override
    public Variables adaptFromJson(List<Pair> pairs) {
        if (pairs == null) {
            return new Variables(null);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        pairs.forEach(pair -> values.put(pair.name(), pair.value()));
        return new Variables(values);
    }
}
