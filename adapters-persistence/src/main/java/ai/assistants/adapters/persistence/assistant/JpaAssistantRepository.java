package ai.assistants.adapters.persistence.assistant;

import ai.assistants.adapters.persistence.codes.StoredCode;
import ai.assistants.adapters.persistence.row.Timestamps;
import ai.assistants.adapters.persistence.transaction.ConstraintViolations;
import ai.assistants.adapters.persistence.transaction.TransactionConflicts;
import ai.assistants.adapters.persistence.transaction.UnitOfWork;
import ai.assistants.application.assistant.AssistantDeletion;
import ai.assistants.application.port.out.AssistantRepository;
import ai.assistants.application.port.out.PhoneNumberAlreadyAssignedException;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantFactory;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

@ApplicationScoped
public class JpaAssistantRepository implements AssistantRepository {

    private static final AssistantEntityMapper MAPPER = AssistantEntityMapper.INSTANCE;
    private static final String OWNED = "SELECT a FROM AssistantEntity a WHERE a.accountId = :owner";
    /** A delete refused by the foreign key is tried again this often, each time reading the referrers anew. */
    private static final int DELETE_ATTEMPTS = 3;
    /** A change the database ended to break a deadlock is done again this often. */
    private static final int CHANGE_ATTEMPTS = 3;

    private final UnitOfWork unitOfWork;
    private final AssistantFactory factory;

    /** @param factory rebuilds each assistant read back, checking it against the field rules */
    @Inject
    public JpaAssistantRepository(UnitOfWork unitOfWork, AssistantFactory factory) {
        this.unitOfWork = unitOfWork;
        this.factory = factory;
    }

    /** For CDI's client proxy only. */
    protected JpaAssistantRepository() {
        this(null, null);
    }

    @Override
    public Assistant saveNew(Assistant assistant) {
        // Both databases keep microseconds; the answer must equal what a later read returns.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return unitOfWork.write(entityManager -> {
            OwnedReferences.lockNewlyNamed(entityManager, assistant, null);
            AssistantEntity entity = MAPPER.toNewEntity(assistant, now);
            entityManager.persist(entity);
            // Flushed apart because the two rows have no mapped relationship to order their inserts.
            entityManager.flush();
            inboundPhoneNumber(assistant).ifPresent(phoneNumberId -> assign(entityManager, entity, phoneNumberId));
            TransferTargets.insertFor(entityManager, entity.getId(), assistant.transferTargetIds());
            ReferenceRows.MID_CALL_TOOLS.replace(entityManager, entity.getId(), List.of(),
                    OwnedReferences.toolIds(assistant));
            ReferenceRows.LABELS.replace(entityManager, entity.getId(), Set.of(), assistant.labelIds());
            ReferenceRows.OUTBOUND_PHONE_NUMBERS.replace(entityManager, entity.getId(), Set.of(),
                    assistant.outboundPhoneIds());
            return assistant.storedAs(new AssistantId(entity.getId()), now, now);
        });
    }

    /**
     * Locks the row, asks who names it, and deletes it, its inbound assignment and (by cascade) the
     * transfers it names, or nothing. A referrer that commits after the read and before the delete,
     * written without the lock {@link TransferTargets} takes, makes the foreign key refuse the delete;
     * the next attempt then finds it under the lock and answers with it.
     */
    @Override
    public AssistantDeletion delete(AccountId owner, AssistantId id) {
        return TransactionConflicts.retried(DELETE_ATTEMPTS,
                failure -> ConstraintViolations.isForeignKeyViolation(failure, TransferTargets.TARGET_FOREIGN_KEY),
                () -> unitOfWork.write(entityManager -> deleteUnlessNamed(entityManager, owner, id.value())));
    }

    private static AssistantDeletion deleteUnlessNamed(EntityManager entityManager, AccountId owner, long id) {
        boolean owned = !entityManager
                .createNativeQuery("SELECT id FROM assistants WHERE id = ?1 AND account_id = ?2 FOR UPDATE")
                .setParameter(1, id)
                .setParameter(2, owner.value())
                .getResultList()
                .isEmpty();
        if (!owned) {
            return new AssistantDeletion.NotFound();
        }
        List<Long> referrers = TransferTargets.referrersOf(entityManager, id);
        if (!referrers.isEmpty()) {
            return new AssistantDeletion.TransferTargetOfOthers(referrers);
        }
        entityManager.createQuery("DELETE FROM InboundAssignmentEntity a WHERE a.assistantId = :id")
                .setParameter("id", id)
                .executeUpdate();
        entityManager.createQuery("DELETE FROM AssistantEntity a WHERE a.id = :id")
                .setParameter("id", id)
                .executeUpdate();
        return new AssistantDeletion.Deleted();
    }

    @Override
    public Optional<Assistant> findOwned(AccountId owner, AssistantId id) {
        return unitOfWork.read(entityManager -> entityManager
                .createQuery("SELECT a FROM AssistantEntity a WHERE a.id = :id AND a.accountId = :owner",
                        AssistantEntity.class)
                .setParameter("id", id.value())
                .setParameter("owner", owner.value())
                .getResultStream()
                .findFirst()
                .map(entity -> MAPPER.toDomain(entity, factory)));
    }

    /**
     * A change that lost a deadlock is done again, from reading the row: two changes that make each
     * other's assistant a transfer target each hold their own row and wait for the other's.
     */
    @Override
    public Optional<Assistant> change(AccountId owner, AssistantId id, UnaryOperator<Assistant> change) {
        return TransactionConflicts.retried(CHANGE_ATTEMPTS, () -> changeOnce(owner, id, change));
    }

    private Optional<Assistant> changeOnce(AccountId owner, AssistantId id, UnaryOperator<Assistant> change) {
        return unitOfWork.write(entityManager -> {
            Optional<AssistantEntity> locked = entityManager
                    .createQuery("SELECT a FROM AssistantEntity a WHERE a.id = :id AND a.accountId = :owner",
                            AssistantEntity.class)
                    .setParameter("id", id.value())
                    .setParameter("owner", owner.value())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream()
                    .findFirst();
            if (locked.isEmpty()) {
                return Optional.empty();
            }
            AssistantEntity entity = locked.get();
            Assistant stored = MAPPER.toDomain(entity, factory);
            Assistant changed = change.apply(stored);
            if (changed == stored) {
                return Optional.of(stored);
            }
            OwnedReferences.lockNewlyNamed(entityManager, changed, stored);
            Instant now = Timestamps.laterThan(stored.updatedAt().orElseThrow());
            MAPPER.update(entity, changed, now);
            reassign(entityManager, entity, inboundPhoneNumber(changed));
            if (!changed.transferTargetIds().equals(stored.transferTargetIds())) {
                TransferTargets.replace(entityManager, entity.getId(), changed.transferTargetIds());
            }
            ReferenceRows.MID_CALL_TOOLS.replace(entityManager, entity.getId(), OwnedReferences.toolIds(stored),
                    OwnedReferences.toolIds(changed));
            ReferenceRows.LABELS.replace(entityManager, entity.getId(), stored.labelIds(), changed.labelIds());
            ReferenceRows.OUTBOUND_PHONE_NUMBERS.replace(entityManager, entity.getId(), stored.outboundPhoneIds(),
                    changed.outboundPhoneIds());
            return Optional.of(changed.savedAt(now));
        });
    }

    /** The assistant's inbound assignment as {@code phoneNumberId} says: moved, removed or left as it is. */
    private static void reassign(EntityManager entityManager, AssistantEntity assistant, Optional<Long> phoneNumberId) {
        InboundAssignmentEntity current = entityManager.find(InboundAssignmentEntity.class, assistant.getId());
        Optional<Long> held = Optional.ofNullable(current).map(InboundAssignmentEntity::getPhoneNumberId);
        if (held.equals(phoneNumberId)) {
            entityManager.flush();
            return;
        }
        if (current != null) {
            entityManager.remove(current);
            entityManager.flush();
        }
        phoneNumberId.ifPresentOrElse(number -> assign(entityManager, assistant, number), entityManager::flush);
    }

    /**
     * One statement: the row holds the assistant whole (its lists are JSON columns), and both
     * databases' platforms turn the first and maximum results into OFFSET and LIMIT.
     */
    @Override
    public List<Assistant> findOwnedPage(AccountId owner, long offset, int limit) {
        return unitOfWork.read(entityManager -> entityManager
                .createQuery(OWNED + " ORDER BY a.id", AssistantEntity.class)
                .setParameter("owner", owner.value())
                // JPA counts results in ints; an offset beyond one means an owner with billions of assistants.
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultStream()
                .map(entity -> MAPPER.toDomain(entity, factory))
                .toList());
    }

    @Override
    public long countOwned(AccountId owner) {
        return unitOfWork.read(entityManager -> entityManager
                .createQuery("SELECT COUNT(a) FROM AssistantEntity a WHERE a.accountId = :owner", Long.class)
                .setParameter("owner", owner.value())
                .getSingleResult());
    }

    @Override
    public List<Assistant> findAllOwned(AccountId owner, Optional<AssistantType> type) {
        return unitOfWork.read(entityManager -> {
            TypedQuery<AssistantEntity> query = entityManager.createQuery(
                    OWNED + (type.isPresent() ? " AND a.type = :type" : "") + " ORDER BY a.id", AssistantEntity.class);
            query.setParameter("owner", owner.value());
            type.ifPresent(wanted -> query.setParameter("type", StoredCode.of(wanted)));
            return query.getResultStream().map(entity -> MAPPER.toDomain(entity, factory)).toList();
        });
    }

    private static Optional<Long> inboundPhoneNumber(Assistant assistant) {
        return assistant.profile().type() == AssistantType.INBOUND
                ? Optional.ofNullable(assistant.profile().phoneNumberId())
                : Optional.empty();
    }

    private static void assign(EntityManager entityManager, AssistantEntity assistant, long phoneNumberId) {
        entityManager.persist(new InboundAssignmentEntity(assistant.getId(), phoneNumberId));
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (ConstraintViolations.isUniqueViolation(e, InboundAssignmentEntity.UNIQUE_PHONE_NUMBER)) {
                throw new PhoneNumberAlreadyAssignedException(phoneNumberId, e);
            }
            throw e;
        }
    }
}
