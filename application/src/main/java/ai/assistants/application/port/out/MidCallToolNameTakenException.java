package ai.assistants.application.port.out;

/**
 * Another of the account's tools got the name between the use case's look-up and its write: the
 * database's unique constraint decided, so names stay unique under concurrent requests and instances.
 */
public final class MidCallToolNameTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MidCallToolNameTakenException(Throwable cause) {
        super("The tool's name is taken", cause, false, false);
    }
}
