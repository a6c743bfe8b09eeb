package ai.assistants.application.port.out;

import ai.assistants.domain.reference.OwnedKind;

import java.util.Set;

/**
 * Storage refused to let an assistant name knowledge bases, folders or labels that no longer exist:
 * they were deleted after the use case looked them up. Storage decides this under the same locks as
 * the delete, so no assistant ever keeps the id of a deleted one.
 */
public final class OwnedReferenceMissingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final OwnedKind kind;
    private final transient Set<Long> missingIds;

    public OwnedReferenceMissingException(OwnedKind kind, Set<Long> missingIds) {
        super(kind + " no longer exist: " + missingIds);
        this.kind = kind;
        this.missingIds = Set.copyOf(missingIds);
    }

    public OwnedKind kind() {
        return kind;
    }

    /** The named ones that are gone, never empty. */
    public Set<Long> missingIds() {
        return missingIds;
    }
}
