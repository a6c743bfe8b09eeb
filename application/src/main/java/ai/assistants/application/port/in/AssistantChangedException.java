package ai.assistants.application.port.in;

/** The assistant is no longer the one the client based its change on; nothing was written. */
public final class AssistantChangedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AssistantChangedException() {
        super(null, null, false, false);
    }
}
