package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.WarmCallTransferTool;
import ai.assistants.domain.reference.OwnedKind;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The aggregate. It is built by {@link AssistantFactory}, from a checked proposal or from a
 * stored assistant it checked again; nothing changes it afterwards.
 */
public final class Assistant {

    private final AssistantId id;
    private final AccountId owner;
    private final AssistantStatus status;
    private final AssistantProfile profile;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Assistant(AssistantId id, AccountId owner, AssistantStatus status, AssistantProfile profile,
                      Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.owner = Objects.requireNonNull(owner, "owner");
        this.status = Objects.requireNonNull(status, "status");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** What every new assistant is; an update that sends {@code status: null} puts it back. */
    static final AssistantStatus STATUS_OF_A_NEW_ONE = AssistantStatus.INACTIVE;

    /** A new assistant has no identity until it is stored. */
    static Assistant createNew(AccountId owner, AssistantProfile profile) {
        return new Assistant(null, owner, STATUS_OF_A_NEW_ONE, profile, null, null);
    }

    /** Only through {@link AssistantFactory#reconstitute}, which checks what storage gave back. */
    static Assistant reconstitute(AssistantId id, AccountId owner, AssistantStatus status,
                                         AssistantProfile profile, Instant createdAt, Instant updatedAt) {
        return new Assistant(Objects.requireNonNull(id, "id"), owner, status, profile,
                Objects.requireNonNull(createdAt, "createdAt"), Objects.requireNonNull(updatedAt, "updatedAt"));
    }

    /**
     * This new assistant as storage identified it. Its profile is the one the factory checked, so
     * nothing is checked again.
     *
     * @throws IllegalStateException when the assistant was stored already
     */
    public Assistant storedAs(AssistantId id, Instant createdAt, Instant updatedAt) {
        if (this.id != null) {
            throw new IllegalStateException("Assistant " + this.id.value() + " is stored already");
        }
        return reconstitute(id, owner, status, profile, createdAt, updatedAt);
    }

    /** This stored assistant with a new status and profile, both checked by the factory; stored when {@link #savedAt}. */
    Assistant changedTo(AssistantStatus status, AssistantProfile profile) {
        return new Assistant(id, owner, status, profile, createdAt, updatedAt);
    }

    /**
     * This changed assistant as storage stamped it when it wrote it.
     *
     * @throws IllegalStateException when the assistant was never stored
     */
    public Assistant savedAt(Instant updatedAt) {
        if (id == null) {
            throw new IllegalStateException("A new assistant is saved with storedAs");
        }
        return reconstitute(id, owner, status, profile, createdAt, updatedAt);
    }

    public Optional<AssistantId> id() {
        return Optional.ofNullable(id);
    }

    public AccountId owner() {
        return owner;
    }

    public AssistantStatus status() {
        return status;
    }

    public AssistantProfile profile() {
        return profile;
    }

    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }

    /**
     * This stored assistant without the {@code kind} resource {@code id} its account deleted: no longer
     * among its tool ids or labels, out of the folder (uncategorized), without the knowledge base (and
     * so its mode); itself when it does not name it.
     */
    public Assistant without(OwnedKind kind, long id) {
        AssistantProfile reduced = profile.without(kind, id);
        return reduced.equals(profile) ? this : changedTo(status, reduced);
    }

    /** The labels this one carries, each once; none when it carries none. */
    public Set<Long> labelIds() {
        return profile.labelIds() == null ? Set.of() : Set.copyOf(profile.labelIds());
    }

    /**
     * The assistants this one's {@code assistant_transfer} tools hand calls to, each once, this one
     * included if a tool names it: the assistants that may not be deleted while this one names them.
     */
    public Set<Long> transferTargetIds() {
        return ProposalReferences.of(profile).assistantIds();
    }

    /**
     * Every phone number this one uses, each once: its own {@code phone_number_id} and those its
     * {@code warm_call_transfer} tools call out from; the numbers that may not be deleted while it does.
     */
    public Set<Long> phoneNumberIds() {
        return ProposalReferences.of(profile).phoneNumberIds();
    }

    /** The phone numbers this one's {@code warm_call_transfer} tools call out from, each once. */
    public Set<Long> outboundPhoneIds() {
        return profile.tools() == null ? Set.of() : profile.tools().stream()
                .filter(WarmCallTransferTool.class::isInstance)
                .map(tool -> ((WarmCallTransferTool) tool).outboundPhoneId())
                .filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }
}
