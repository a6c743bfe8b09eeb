package ai.assistants.application.port.out;

/** Another folder (or label) of the same account has the name already; storage decided it under its unique key. */
public final class CategoryNameTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CategoryNameTakenException(Throwable cause) {
        super("The name is taken", cause);
    }
}
