package ai.assistants.adapters.persistence.account;

import ai.assistants.adapters.persistence.assistant.OwnedReferences;
import ai.assistants.adapters.persistence.row.Timestamps;
import ai.assistants.adapters.persistence.transaction.ConstraintViolations;
import ai.assistants.adapters.persistence.transaction.TransactionConflicts;
import ai.assistants.adapters.persistence.transaction.UnitOfWork;
import ai.assistants.application.port.in.MidCallToolLimitReachedException;
import ai.assistants.application.port.out.MidCallToolNameTakenException;
import ai.assistants.application.port.out.MidCallToolRepository;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.AssistantFactory;
import ai.assistants.domain.midcalltool.MidCallTool;
import ai.assistants.domain.midcalltool.MidCallToolId;
import ai.assistants.domain.reference.OwnedKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Every query names the owner: another account's tools are never read, changed or deleted. */
@ApplicationScoped
public class JpaMidCallToolRepository implements MidCallToolRepository {

    private static final String OWNED = "SELECT t FROM MidCallToolEntity t WHERE t.accountId = :owner";
    /** A write the database ended to break a deadlock is done again this often. */
    private static final int ATTEMPTS = 3;

    /** The foreign key that refuses to delete a tool while an assistant names it. */
    private static final String TOOL_FOREIGN_KEY = "fk_assistant_mid_call_tools_tool";

    private final UnitOfWork unitOfWork;
    private final AssistantFactory factory;

    /** @param factory rebuilds the assistants a delete detaches the tool from */
    @Inject
    public JpaMidCallToolRepository(UnitOfWork unitOfWork, AssistantFactory factory) {
        this.unitOfWork = unitOfWork;
        this.factory = factory;
    }

    /** For CDI's client proxy only. */
    protected JpaMidCallToolRepository() {
        this(null, null);
    }

    @Override
    public List<MidCallTool> findAllOwned(AccountId owner) {
        return unitOfWork.read(entityManager -> entityManager
                .createQuery(OWNED + " ORDER BY t.id", MidCallToolEntity.class)
                .setParameter("owner", owner.value())
                .getResultStream()
                .map(MidCallToolRows::read)
                .toList());
    }

    @Override
    public Optional<MidCallTool> findOwned(AccountId owner, MidCallToolId id) {
        return unitOfWork.read(entityManager -> owned(entityManager, owner, id, LockModeType.NONE)
                .map(MidCallToolRows::read));
    }

    @Override
    public boolean nameTaken(AccountId owner, String name, Optional<MidCallToolId> except) {
        return unitOfWork.read(entityManager -> !entityManager
                .createQuery("SELECT t.id FROM MidCallToolEntity t WHERE t.accountId = :owner AND t.name = :name"
                        + " AND t.id <> :except", Long.class)
                .setParameter("owner", owner.value())
                .setParameter("name", name)
                .setParameter("except", except.map(MidCallToolId::value).orElse(0L))
                .setMaxResults(1)
                .getResultList()
                .isEmpty());
    }

    /**
     * The account's row is locked before its tools are counted, so two creates for one account, on any
     * instance, count one after the other: the second sees the first's tool.
     */
    @Override
    public MidCallTool saveNew(MidCallTool tool) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long owner = tool.owner().value();
        return unitOfWork.write(entityManager -> {
            int limit = ((Number) entityManager
                    .createNativeQuery("SELECT mid_call_tool_limit FROM accounts WHERE id = ?1 FOR UPDATE")
                    .setParameter(1, owner)
                    .getSingleResult()).intValue();
            long count = entityManager
                    .createQuery("SELECT COUNT(t) FROM MidCallToolEntity t WHERE t.accountId = :owner", Long.class)
                    .setParameter("owner", owner)
                    .getSingleResult();
            if (count >= limit) {
                throw new MidCallToolLimitReachedException(limit);
            }
            MidCallToolEntity row = new MidCallToolEntity();
            MidCallToolRows.write(tool, row);
            row.setCreatedAt(MidCallToolRows.column(now));
            row.setUpdatedAt(MidCallToolRows.column(now));
            entityManager.persist(row);
            flushKeepingNamesUnique(entityManager);
            return tool.storedAs(new MidCallToolId(row.getId()), now, now);
        });
    }

    @Override
    public Optional<MidCallTool> change(AccountId owner, MidCallToolId id, UnaryOperator<MidCallTool> change) {
        return unitOfWork.write(entityManager -> {
            Optional<MidCallToolEntity> locked = owned(entityManager, owner, id, LockModeType.PESSIMISTIC_WRITE);
            if (locked.isEmpty()) {
                return Optional.empty();
            }
            MidCallToolEntity row = locked.get();
            MidCallTool stored = MidCallToolRows.read(row);
            MidCallTool changed = change.apply(stored);
            if (changed == stored) {
                return Optional.of(stored);
            }
            Instant now = Timestamps.laterThan(stored.updatedAt().orElseThrow());
            MidCallToolRows.write(changed, row);
            row.setUpdatedAt(MidCallToolRows.column(now));
            flushKeepingNamesUnique(entityManager);
            return Optional.of(changed.savedAt(now));
        });
    }

    /**
     * Locks the tool, detaches it from its assistants under their locks ({@link OwnedReferences}, the
     * protocol of every owned kind), then deletes it. A deadlock with a change of a referrer, or a
     * foreign-key refusal by a write that named the tool without its lock, ends one attempt.
     */
    @Override
    public boolean delete(AccountId owner, MidCallToolId id) {
        return TransactionConflicts.retried(ATTEMPTS, failure -> TransactionConflicts.isConflict(failure)
                        || ConstraintViolations.isForeignKeyViolation(failure, TOOL_FOREIGN_KEY),
                () -> unitOfWork.write(entityManager -> owned(entityManager, owner, id, LockModeType.PESSIMISTIC_WRITE)
                        .map(row -> {
                            OwnedReferences.detachAll(entityManager, factory, owner.value(), OwnedKind.MID_CALL_TOOL,
                                    id.value());
                            entityManager.remove(row);
                            entityManager.flush();
                            return true;
                        }).orElse(false)));
    }

    private static Optional<MidCallToolEntity> owned(EntityManager entityManager, AccountId owner, MidCallToolId id,
                                                     LockModeType lock) {
        return entityManager
                .createQuery("SELECT t FROM MidCallToolEntity t WHERE t.id = :id AND t.accountId = :owner",
                        MidCallToolEntity.class)
                .setParameter("id", id.value())
                .setParameter("owner", owner.value())
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    private static void flushKeepingNamesUnique(EntityManager entityManager) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (ConstraintViolations.isUniqueViolation(e, MidCallToolEntity.UNIQUE_NAME)) {
                throw new MidCallToolNameTakenException(e);
            }
            throw e;
        }
    }
}
