package ai.assistants.application.port.in;

/**
 * The account already has as many mid-call tools as its plan allows. The storage counts under a lock
 * on the account, so concurrent creates, on any instance, never go past the limit.
 */
public final class MidCallToolLimitReachedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int limit;

    public MidCallToolLimitReachedException(int limit) {
        super("The account's plan allows " + limit + " mid-call tools", null, false, false);
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
