package ai.assistants.application.port.out;

import java.util.Set;

/**
 * Storage refused to let an assistant use phone numbers (its own, or those its
 * {@code warm_call_transfer} tools call out from) that no longer exist: an operator deleted them
 * after the use case looked them up. Storage decides this under the same lock as the number's delete,
 * so either the delete sees the assistant and keeps the number, or the assistant never names it.
 */
public final class PhoneNumberMissingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Set<Long> missingIds;

    public PhoneNumberMissingException(Set<Long> missingIds) {
        super("Phone numbers no longer exist: " + missingIds);
        this.missingIds = Set.copyOf(missingIds);
    }

    /** The named numbers that are gone, never empty. */
    public Set<Long> missingIds() {
        return missingIds;
    }
}
