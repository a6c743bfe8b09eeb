package ai.assistants.domain.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every problem found in a request, keyed by the contract's field path
 * ({@code tools.0.phone_number}) in the order found. A notification, not an exception:
 * checks add to it and go on.
 */
public final class Violations {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    public Violations add(String field, String message) {
        List<String> messages = byField.computeIfAbsent(field, key -> new ArrayList<>());
        if (!messages.contains(message)) {
            messages.add(message);
        }
        return this;
    }

    public Violations addAll(Violations other) {
        other.byField.forEach((field, messages) -> messages.forEach(message -> add(field, message)));
        return this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public Map<String, List<String>> asMap() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byField.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public String toString() {
        return byField.toString();
    }
}
