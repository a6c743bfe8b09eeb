package ai.assistants.application.port.in;

/** A request whose idempotency key cannot be honoured now; nothing was done. */
public final class IdempotencyConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The key names an earlier request with another method, path or body. */
        USED_FOR_ANOTHER_REQUEST,
        /** The first request with the key has not answered yet, on this instance or another one. */
        STILL_RUNNING
    }

    private final Reason reason;

    public IdempotencyConflictException(Reason reason) {
        super("Idempotency key conflict: " + reason, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
