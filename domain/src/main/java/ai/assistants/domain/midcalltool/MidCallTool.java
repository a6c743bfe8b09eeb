package ai.assistants.domain.midcalltool;

import ai.assistants.domain.assistant.AccountId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One of an account's mid-call tools. A new one comes only from {@link MidCallToolFactory}, which
 * checks every rule; one read back is rebuilt as stored.
 */
public final class MidCallTool {

    private final MidCallToolId id;
    private final AccountId owner;
    private final MidCallToolDefinition definition;
    private final Instant createdAt;
    private final Instant updatedAt;

    private MidCallTool(MidCallToolId id, AccountId owner, MidCallToolDefinition definition, Instant createdAt,
                        Instant updatedAt) {
        this.id = id;
        this.owner = Objects.requireNonNull(owner, "owner");
        this.definition = Objects.requireNonNull(definition, "definition");
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static MidCallTool createNew(AccountId owner, MidCallToolDefinition definition) {
        return new MidCallTool(null, owner, definition, null, null);
    }

    /**
     * A stored tool as it was written. Not judged again: tools written before the rules existed (by hand,
     * or by the demo data of an earlier version) are shown as they are, and a change of one must satisfy
     * every rule.
     */
    public static MidCallTool reconstitute(MidCallToolId id, AccountId owner, MidCallToolDefinition definition,
                                           Instant createdAt, Instant updatedAt) {
        return new MidCallTool(Objects.requireNonNull(id, "id"), owner, definition, createdAt, updatedAt);
    }

    /** This new tool as the storage wrote it. */
    public MidCallTool storedAs(MidCallToolId storedId, Instant created, Instant updated) {
        return new MidCallTool(storedId, owner, definition, created, updated);
    }

    MidCallTool changedTo(MidCallToolDefinition changed) {
        return new MidCallTool(id, owner, changed, createdAt, updatedAt);
    }

    /** This changed tool as written at {@code updated}. */
    public MidCallTool savedAt(Instant updated) {
        return new MidCallTool(id, owner, definition, createdAt, updated);
    }

    /** Empty until stored. */
    public Optional<MidCallToolId> id() {
        return Optional.ofNullable(id);
    }

    public AccountId owner() {
        return owner;
    }

    public MidCallToolDefinition definition() {
        return definition;
    }

    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }
}
