package ai.assistants.application.fake;

import ai.assistants.application.assistant.AssistantDeletion;
import ai.assistants.application.port.out.AssistantRepository;
import ai.assistants.application.port.out.PhoneNumberAlreadyAssignedException;
import ai.assistants.application.port.out.TransferTargetMissingException;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantType;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.Set;

/**
 * The repository port in memory. Like the database, it is the last word on "one inbound
 * assistant per phone number" and on "no transfer to a deleted assistant": each check and its
 * write happen under one lock, so concurrent calls cannot both win. What it gives back is the
 * assistant it was given, identified as the database adapter identifies it.
 *
 * <p>It refuses only transfers to assistants it deleted itself: the assistants a test's use case
 * may name are seeded in {@code InMemoryAccountResources}, which this store does not hold.
 */
public final class InMemoryAssistantRepository implements AssistantRepository {

    private final Clock clock;
    private final Map<Long, Assistant> byId = new LinkedHashMap<>();
    private final Map<Long, Long> inboundAssistantByPhoneNumber = new HashMap<>();
    private final Set<Long> deletedIds = new HashSet<>();
    private final CallCounter calls = new CallCounter();
    private long lastId;

    public InMemoryAssistantRepository() {
        this(Clock.systemUTC());
    }

    public InMemoryAssistantRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Assistant saveNew(Assistant assistant) {
        calls.record("saveNew");
        if (assistant.id().isPresent()) {
            throw new IllegalArgumentException("saveNew takes an assistant that has never been stored");
        }
        Long phoneNumberId = inboundPhoneNumber(assistant.profile());
        if (phoneNumberId != null && inboundAssistantByPhoneNumber.containsKey(phoneNumberId)) {
            throw new PhoneNumberAlreadyAssignedException(phoneNumberId, null);
        }
        refuseDeletedTargets(assistant);
        // Microseconds, as a database timestamp keeps them: a stored and a reloaded assistant compare equal.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Assistant stored = assistant.storedAs(new AssistantId(lastId + 1), now, now);
        lastId++;
        byId.put(lastId, stored);
        if (phoneNumberId != null) {
            inboundAssistantByPhoneNumber.put(phoneNumberId, lastId);
        }
        return stored;
    }

    @Override
    public synchronized Optional<Assistant> findOwned(AccountId owner, AssistantId id) {
        calls.record("findOwned");
        return Optional.ofNullable(byId.get(id.value())).filter(assistant -> assistant.owner().equals(owner));
    }

    @Override
    public synchronized Optional<Assistant> change(AccountId owner, AssistantId id, UnaryOperator<Assistant> change) {
        calls.record("change");
        Assistant stored = byId.get(id.value());
        if (stored == null || !stored.owner().equals(owner)) {
            return Optional.empty();
        }
        Assistant changed = change.apply(stored);
        if (changed == stored) {
            return Optional.of(stored);
        }
        refuseDeletedTargets(changed);
        Long phoneNumberId = inboundPhoneNumber(changed.profile());
        Long holder = phoneNumberId == null ? null : inboundAssistantByPhoneNumber.get(phoneNumberId);
        if (holder != null && holder != id.value()) {
            throw new PhoneNumberAlreadyAssignedException(phoneNumberId, null);
        }
        inboundAssistantByPhoneNumber.values().remove(id.value());
        if (phoneNumberId != null) {
            inboundAssistantByPhoneNumber.put(phoneNumberId, id.value());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant previous = stored.updatedAt().orElseThrow();
        Assistant saved = changed.savedAt(now.isAfter(previous) ? now : previous.plus(1, ChronoUnit.MICROS));
        byId.put(id.value(), saved);
        return Optional.of(saved);
    }

    @Override
    public synchronized List<Assistant> findOwnedPage(AccountId owner, long offset, int limit) {
        calls.record("findOwnedPage");
        return owned(owner).skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized long countOwned(AccountId owner) {
        calls.record("countOwned");
        return owned(owner).count();
    }

    @Override
    public synchronized List<Assistant> findAllOwned(AccountId owner, Optional<AssistantType> type) {
        calls.record("findAllOwned");
        return owned(owner).filter(assistant -> type.isEmpty() || type.get() == assistant.profile().type()).toList();
    }

    private void refuseDeletedTargets(Assistant assistant) {
        Set<Long> missingTargets = new HashSet<>(assistant.transferTargetIds());
        missingTargets.retainAll(deletedIds);
        if (!missingTargets.isEmpty()) {
            throw new TransferTargetMissingException(missingTargets);
        }
    }

    /** Ids grow with each save, so the order of saving is the order of ids. */
    private Stream<Assistant> owned(AccountId owner) {
        return byId.values().stream().filter(assistant -> assistant.owner().equals(owner));
    }

    @Override
    public synchronized AssistantDeletion delete(AccountId owner, AssistantId id) {
        calls.record("delete");
        Assistant target = byId.get(id.value());
        if (target == null || !target.owner().equals(owner)) {
            return new AssistantDeletion.NotFound();
        }
        List<Long> referrers = byId.values().stream()
                .filter(other -> !other.equals(target) && other.transferTargetIds().contains(id.value()))
                .map(other -> other.id().orElseThrow().value())
                .sorted()
                .toList();
        if (!referrers.isEmpty()) {
            return new AssistantDeletion.TransferTargetOfOthers(referrers);
        }
        byId.remove(id.value());
        deletedIds.add(id.value());
        inboundAssistantByPhoneNumber.values().remove(id.value());
        return new AssistantDeletion.Deleted();
    }

    /** Everything stored, in the order it was saved; does not count as a call. */
    public synchronized List<Assistant> all() {
        return List.copyOf(byId.values());
    }

    /** The inbound assistant holding {@code phoneNumberId}; does not count as a call. */
    public synchronized Optional<Long> inboundHolderOf(long phoneNumberId) {
        return Optional.ofNullable(inboundAssistantByPhoneNumber.get(phoneNumberId));
    }

    public CallCounter calls() {
        return calls;
    }

    private static Long inboundPhoneNumber(AssistantProfile profile) {
        return profile.type() == AssistantType.INBOUND ? profile.phoneNumberId() : null;
    }
}
