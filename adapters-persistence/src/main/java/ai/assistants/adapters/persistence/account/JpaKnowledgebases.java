package ai.assistants.adapters.persistence.account;

import ai.assistants.adapters.persistence.assistant.OwnedReferences;
import ai.assistants.adapters.persistence.codes.StoredCode;
import ai.assistants.adapters.persistence.row.Timestamps;
import ai.assistants.adapters.persistence.transaction.TransactionConflicts;
import ai.assistants.adapters.persistence.transaction.UnitOfWork;
import ai.assistants.application.owned.KnowledgebaseView;
import ai.assistants.application.port.out.Knowledgebases;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.AssistantFactory;
import ai.assistants.domain.owned.KnowledgebaseDetails;
import ai.assistants.domain.owned.KnowledgebaseStatus;
import ai.assistants.domain.reference.OwnedKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Knowledge bases, each read with how many assistants use it: a listing is two statements (the rows,
 * then the counts of all of them together). Every query names the owner.
 */
@ApplicationScoped
public class JpaKnowledgebases implements Knowledgebases {

    /** A deadlock with a referrer's change (see {@link TransactionConflicts#retried}) ends one attempt. */
    private static final int DELETE_ATTEMPTS = 3;

    private static final String OWNED = "SELECT k FROM KnowledgebaseEntity k WHERE k.accountId = :owner";
    /** Documents are not served yet, so none is ever counted. */
    private static final long NO_DOCUMENTS = 0;

    private final UnitOfWork unitOfWork;
    private final AssistantFactory factory;

    /** @param factory rebuilds the assistants a delete detaches the knowledge base from */
    @Inject
    public JpaKnowledgebases(UnitOfWork unitOfWork, AssistantFactory factory) {
        this.unitOfWork = unitOfWork;
        this.factory = factory;
    }

    /** For CDI's client proxy only. */
    protected JpaKnowledgebases() {
        this(null, null);
    }

    @Override
    public List<KnowledgebaseView> list(AccountId owner) {
        return unitOfWork.read(entityManager -> views(entityManager, entityManager
                .createQuery(OWNED + " ORDER BY k.id", KnowledgebaseEntity.class)
                .setParameter("owner", owner.value())
                .getResultList()));
    }

    @Override
    public Optional<KnowledgebaseView> find(AccountId owner, long id) {
        return unitOfWork.read(entityManager -> views(entityManager, entityManager
                .createQuery(OWNED + " AND k.id = :id", KnowledgebaseEntity.class)
                .setParameter("owner", owner.value())
                .setParameter("id", id)
                .getResultList()).stream().findFirst());
    }

    @Override
    public KnowledgebaseView create(AccountId owner, KnowledgebaseDetails details) {
        OffsetDateTime now = now();
        return unitOfWork.write(entityManager -> {
            KnowledgebaseEntity entity = new KnowledgebaseEntity();
            entity.setAccountId(owner.value());
            entity.setName(details.name());
            entity.setDescription(details.description());
            entity.setStatus(StoredCode.of(KnowledgebaseStatus.EMPTY));
            entity.setCreatedAt(now);
            entity.setUpdatedAt(now);
            entityManager.persist(entity);
            entityManager.flush();
            return view(entity, 0);
        });
    }

    @Override
    public Optional<KnowledgebaseView> change(AccountId owner, long id, UnaryOperator<KnowledgebaseDetails> change) {
        return unitOfWork.write(entityManager -> locked(entityManager, owner, id).map(entity -> {
            KnowledgebaseDetails stored = new KnowledgebaseDetails(entity.getName(), entity.getDescription());
            KnowledgebaseDetails changed = change.apply(stored);
            if (!changed.equals(stored)) {
                entity.setName(changed.name());
                entity.setDescription(changed.description());
                entity.setUpdatedAt(Timestamps.laterThan(entity.getUpdatedAt()));
                entityManager.flush();
            }
            return views(entityManager, List.of(entity)).get(0);
        }));
    }

    /** Locks the knowledge base, detaches it from its assistants under their locks, then deletes it. */
    @Override
    public boolean delete(AccountId owner, long id) {
        return TransactionConflicts.retried(DELETE_ATTEMPTS, () -> unitOfWork.write(entityManager ->
                locked(entityManager, owner, id).map(entity -> {
                    OwnedReferences.detachAll(entityManager, factory, owner.value(), OwnedKind.KNOWLEDGEBASE, id);
                    entityManager.remove(entity);
                    entityManager.flush();
                    return true;
                }).orElse(false)));
    }

    private static Optional<KnowledgebaseEntity> locked(EntityManager entityManager, AccountId owner, long id) {
        return entityManager.createQuery(OWNED + " AND k.id = :id", KnowledgebaseEntity.class)
                .setParameter("owner", owner.value())
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private static List<KnowledgebaseView> views(EntityManager entityManager, List<KnowledgebaseEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = assistantCounts(entityManager, entities.stream().map(KnowledgebaseEntity::getId).toList());
        return entities.stream().map(entity -> view(entity, counts.getOrDefault(entity.getId(), 0L))).toList();
    }

    private static Map<Long, Long> assistantCounts(EntityManager entityManager, Collection<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        entityManager.createQuery("SELECT a.knowledgebaseId, COUNT(a) FROM AssistantEntity a"
                        + " WHERE a.knowledgebaseId IN :ids GROUP BY a.knowledgebaseId", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private static KnowledgebaseView view(KnowledgebaseEntity entity, long assistants) {
        return new KnowledgebaseView(entity.getId(), entity.getName(), entity.getDescription(),
                StoredCode.parse(KnowledgebaseStatus.class, entity.getStatus()), NO_DOCUMENTS, assistants,
                entity.getCreatedAt().toInstant(), entity.getUpdatedAt().toInstant());
    }

    /** Both databases keep microseconds; the answer must equal what a later read returns. */
    private static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
