package ai.assistants.adapters.persistence.json;

import jakarta.json.bind.adapter.JsonbAdapter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Variables as an array of {@code {"name", "value"}} pairs: PostgreSQL's jsonb does not keep the
 * key order of an object, and the contract keeps the order the variables were sent in. JSON-B reads
 * an untyped JSON number as a BigDecimal (with its scale), a string as a String and true/false as a
 * Boolean: the three kinds a variable can hold.
 *
 * <p>Applied with {@code @JsonbTypeAdapter} to the one property that holds variables, not
 * registered in the {@code JsonbConfig}: registered, it would turn every map into pairs. JSON-B
 * passes no null to it: variables never sent are left out of the JSON and read back as null. Public
 * with a public constructor because JSON-B creates it from the annotation.
 */
public final class VariablesAsPairs implements JsonbAdapter<Map<String, Object>, List<VariablesAsPairs.Pair>> {

    /** Public because JSON-B reads records through public accessors only. */
    public record Pair(String name, Object value) {
    }

    public VariablesAsPairs() {
    }

    @Override
    public List<Pair> adaptToJson(Map<String, Object> variables) {
        return variables == null ? null : variables.entrySet().stream()
                .map(variable -> new Pair(variable.getKey(), variable.getValue()))
                .toList();
    }

    @Override
    public Map<String, Object> adaptFromJson(List<Pair> pairs) {
        if (pairs == null) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        pairs.forEach(pair -> values.put(pair.name(), pair.value()));
        return Collections.unmodifiableMap(values);
    }
}
