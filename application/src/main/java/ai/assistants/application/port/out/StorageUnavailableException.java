package ai.assistants.application.port.out;

/**
 * Storage could not be reached, or did not answer in time: nothing was decided, and the same request
 * may succeed once it is back. Raised by the storage adapters in place of their own failure.
 */
public final class StorageUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(Throwable cause) {
        super("Storage is unavailable", cause);
    }
}
