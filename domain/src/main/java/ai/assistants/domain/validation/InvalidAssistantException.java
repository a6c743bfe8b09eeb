package ai.assistants.domain.validation;

import java.util.Optional;

/** A request broke one or more rules; carries all of them, and the value they were found in. */
public final class InvalidAssistantException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Violations violations;
    private final transient Object judged;

    /** @param judged the value the violations were found in, so their paths can be followed into it; may be {@code null} */
    public InvalidAssistantException(Violations violations, Object judged) {
        super("Validation failed", null, false, false);
        this.violations = violations;
        this.judged = judged;
    }

    public Violations violations() {
        return violations;
    }

    public Optional<Object> judged() {
        return Optional.ofNullable(judged);
    }
}
