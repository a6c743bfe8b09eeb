package ai.assistants.application.port.out;

import java.util.Set;

/**
 * Storage refused to keep an assistant's {@code tool_ids} because some of the tools no longer exist:
 * they were deleted after the use case looked them up. The storage decides this under the same locks
 * as the tool's delete, so an assistant can never keep a deleted tool's id.
 */
public final class MidCallToolMissingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Set<Long> missingIds;

    public MidCallToolMissingException(Set<Long> missingIds) {
        super("Mid-call tools no longer exist: " + missingIds);
        this.missingIds = Set.copyOf(missingIds);
    }

    /** The named tools that are gone, never empty. */
    public Set<Long> missingIds() {
        return missingIds;
    }
}
