package ai.assistants.application.port.out;

import java.util.Set;

/**
 * Storage refused to keep an {@code assistant_transfer} tool because the assistants it names no
 * longer exist: they were deleted after the use case looked them up. The storage decides this
 * under the same locks as the delete, so a transfer can never be stored to a deleted assistant.
 */
public final class TransferTargetMissingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Set<Long> missingIds;

    public TransferTargetMissingException(Set<Long> missingIds) {
        super("Transfer targets no longer exist: " + missingIds);
        this.missingIds = Set.copyOf(missingIds);
    }

    /** The named assistants that are gone, never empty. */
    public Set<Long> missingIds() {
        return missingIds;
    }
}
