package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.Violations;

/**
 * The violations of one draft as they are found. What the reader could not read comes first
 * and wins: a key it reported (or a key inside it) is not reported again by the draft's rules.
 */
final class Report {

    private final Violations unreadable;
    private final Violations found = new Violations();

    Report(Violations unreadable) {
        this.unreadable = unreadable == null ? new Violations() : unreadable;
        found.addAll(this.unreadable);
    }

    /** Whether {@code key} already has a violation, so a later rule about it would say nothing new. */
    boolean has(String key) {
        return found.has(key);
    }

    void add(String key, String message) {
        if (!readerReported(key)) {
            found.add(key, message);
        }
    }

    void addAll(Violations violations) {
        violations.asMap().forEach((key, messages) -> messages.forEach(message -> add(key, message)));
    }

    Violations violations() {
        return found;
    }

    private boolean readerReported(String key) {
        for (int dot = key.indexOf('.'); dot >= 0; dot = key.indexOf('.', dot + 1)) {
            if (unreadable.has(key.substring(0, dot))) {
                return true;
            }
        }
        return unreadable.has(key);
    }
}
