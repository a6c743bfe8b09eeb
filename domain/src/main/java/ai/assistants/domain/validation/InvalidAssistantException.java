package ai.assistants.domain.validation;

/** A create request broke one or more rules; carries all of them. */
public final class InvalidAssistantException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Violations violations;

    public InvalidAssistantException(Violations violations) {
        super("Validation failed", null, false, false);
        this.violations = violations;
    }

    public Violations violations() {
        return violations;
    }
}
