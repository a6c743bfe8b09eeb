package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Violation;
import ai.assistants.domain.validation.Violations;

import java.util.List;

/**
 * The violations of one proposal as they are found. What the reader could not read comes first
 * and wins: a field it reported (or a field inside it) is not reported again by the proposal's rules.
 */
public final class Report {

    private final Violations unreadable;
    private final Violations found = new Violations();

    public Report(Violations unreadable) {
        this.unreadable = unreadable == null ? new Violations() : unreadable;
        found.addAll(this.unreadable);
    }

    /** Whether {@code path} already has a violation, so a later rule about it would say nothing new. */
    public boolean has(FieldPath path) {
        return found.has(path);
    }

    public void add(FieldPath path, Rule rule, Object... arguments) {
        add(Violation.of(path, rule, arguments));
    }

    public void add(Violation violation) {
        if (!unreadable.hasAtOrAbove(violation.path())) {
            found.add(violation);
        }
    }

    public void addAll(List<Violation> violations) {
        violations.forEach(this::add);
    }

    public Violations violations() {
        return found;
    }
}
