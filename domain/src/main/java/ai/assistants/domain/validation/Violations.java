package ai.assistants.domain.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every problem found in a request, in the order found. A notification, not an exception:
 * checks add to it and go on. The same rule broken twice at one path is kept once.
 */
public final class Violations {

    private final Map<FieldPath, List<Violation>> byPath = new LinkedHashMap<>();

    public Violations add(Violation violation) {
        List<Violation> here = byPath.computeIfAbsent(violation.path(), path -> new ArrayList<>(2));
        if (!here.contains(violation)) {
            here.add(violation);
        }
        return this;
    }

    public Violations add(FieldPath path, Rule rule, Object... arguments) {
        return add(Violation.of(path, rule, arguments));
    }

    public Violations addAll(Violations other) {
        other.all().forEach(this::add);
        return this;
    }

    public boolean has(FieldPath path) {
        return byPath.containsKey(path);
    }

    /** Whether {@code path}, or a path that contains it, already has a violation. */
    public boolean hasAtOrAbove(FieldPath path) {
        for (FieldPath reported : byPath.keySet()) {
            if (path.startsWith(reported)) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return byPath.isEmpty();
    }

    public List<Violation> all() {
        List<Violation> all = new ArrayList<>();
        byPath.values().forEach(all::addAll);
        return Collections.unmodifiableList(all);
    }

    @Override
    public String toString() {
        return all().toString();
    }
}
