package ai.assistants.adapters.persistence.account;

import ai.assistants.adapters.persistence.assistant.OwnedReferences;
import ai.assistants.adapters.persistence.codes.StoredCode;
import ai.assistants.adapters.persistence.transaction.ConstraintViolations;
import ai.assistants.adapters.persistence.transaction.TransactionConflicts;
import ai.assistants.adapters.persistence.transaction.UnitOfWork;
import ai.assistants.application.owned.CategoryView;
import ai.assistants.application.paging.Page;
import ai.assistants.application.paging.PageRequest;
import ai.assistants.application.port.out.Categories;
import ai.assistants.application.port.out.CategoryNameTakenException;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.AssistantFactory;
import ai.assistants.domain.owned.CategoryColor;
import ai.assistants.domain.owned.CategoryDetails;
import ai.assistants.domain.owned.CategoryKind;
import ai.assistants.domain.reference.OwnedKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Folders and labels, in their two tables of the same shape. A page is three statements: its rows,
 * the count of all, and how many assistants each row of the page has. Every query names the owner.
 */
@ApplicationScoped
public class JpaCategories implements Categories {

    /** A deadlock with a referrer's change (see {@link TransactionConflicts#retried}) ends one attempt. */
    private static final int DELETE_ATTEMPTS = 3;

    private final UnitOfWork unitOfWork;
    private final AssistantFactory factory;

    /** @param factory rebuilds the assistants a delete takes a folder or a label out of */
    @Inject
    public JpaCategories(UnitOfWork unitOfWork, AssistantFactory factory) {
        this.unitOfWork = unitOfWork;
        this.factory = factory;
    }

    /** For CDI's client proxy only. */
    protected JpaCategories() {
        this(null, null);
    }

    /** The JPA side of each kind: its entity, what an assistant names it by, its unique name key. */
    private enum Table {
        FOLDER(FolderEntity.class, OwnedKind.FOLDER, FolderEntity.UNIQUE_NAME),
        LABEL(LabelEntity.class, OwnedKind.LABEL, LabelEntity.UNIQUE_NAME);

        final Class<? extends CategoryEntity> entity;
        final OwnedKind referenced;
        final String uniqueName;

        Table(Class<? extends CategoryEntity> entity, OwnedKind referenced, String uniqueName) {
            this.entity = entity;
            this.referenced = referenced;
            this.uniqueName = uniqueName;
        }

        static Table of(CategoryKind kind) {
            return kind == CategoryKind.FOLDER ? FOLDER : LABEL;
        }

        String owned() {
            return "SELECT c FROM " + entity.getSimpleName() + " c WHERE c.accountId = :owner";
        }

        CategoryEntity newEntity() {
            return this == FOLDER ? new FolderEntity() : new LabelEntity();
        }
    }

    @Override
    public Page<CategoryView> page(AccountId owner, CategoryKind kind, PageRequest request) {
        Table table = Table.of(kind);
        return unitOfWork.read(entityManager -> {
            List<? extends CategoryEntity> rows = entityManager
                    .createQuery(table.owned() + " ORDER BY c.id", table.entity)
                    .setParameter("owner", owner.value())
                    // JPA counts results in ints; an offset beyond one means an owner with billions of rows.
                    .setFirstResult(Math.toIntExact(Math.min(request.offset(), Integer.MAX_VALUE)))
                    .setMaxResults(request.perPage())
                    .getResultList();
            long total = entityManager.createQuery("SELECT COUNT(c) FROM " + table.entity.getSimpleName()
                            + " c WHERE c.accountId = :owner", Long.class)
                    .setParameter("owner", owner.value())
                    .getSingleResult();
            return new Page<>(views(entityManager, table, rows), request, total);
        });
    }

    @Override
    public CategoryView create(AccountId owner, CategoryKind kind, CategoryDetails details) {
        Table table = Table.of(kind);
        return unitOfWork.write(entityManager -> {
            CategoryEntity entity = table.newEntity();
            entity.setAccountId(owner.value());
            write(entity, details);
            entityManager.persist(entity);
            flush(entityManager, table);
            return view(entity, 0);
        });
    }

    @Override
    public Optional<CategoryView> change(AccountId owner, CategoryKind kind, long id, UnaryOperator<CategoryDetails> change) {
        Table table = Table.of(kind);
        return unitOfWork.write(entityManager -> locked(entityManager, table, owner, id).map(entity -> {
            CategoryDetails stored = details(entity);
            CategoryDetails changed = change.apply(stored);
            if (!changed.equals(stored)) {
                write(entity, changed);
                flush(entityManager, table);
            }
            return views(entityManager, table, List.of(entity)).get(0);
        }));
    }

    /** Locks the row, takes it out of its assistants under their locks, then deletes it. */
    @Override
    public boolean delete(AccountId owner, CategoryKind kind, long id) {
        Table table = Table.of(kind);
        return TransactionConflicts.retried(DELETE_ATTEMPTS, () -> unitOfWork.write(entityManager ->
                locked(entityManager, table, owner, id).map(entity -> {
                    OwnedReferences.detachAll(entityManager, factory, owner.value(), table.referenced, id);
                    entityManager.remove(entity);
                    entityManager.flush();
                    return true;
                }).orElse(false)));
    }

    private static Optional<CategoryEntity> locked(EntityManager entityManager, Table table, AccountId owner, long id) {
        return entityManager.createQuery(table.owned() + " AND c.id = :id", table.entity)
                .setParameter("owner", owner.value())
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .map(CategoryEntity.class::cast);
    }

    private static void write(CategoryEntity entity, CategoryDetails details) {
        entity.setName(details.name());
        entity.setNormalizedName(details.normalizedName());
        entity.setColor(details.color() == null ? null : StoredCode.of(details.color()));
    }

    /** The unique key decides a taken name, also between concurrent writes on several instances. */
    private static void flush(EntityManager entityManager, Table table) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (ConstraintViolations.isUniqueViolation(e, table.uniqueName)) {
                throw new CategoryNameTakenException(e);
            }
            throw e;
        }
    }

    private static CategoryDetails details(CategoryEntity entity) {
        return new CategoryDetails(entity.getName(),
                entity.getColor() == null ? null : StoredCode.parse(CategoryColor.class, entity.getColor()));
    }

    private static List<CategoryView> views(EntityManager entityManager, Table table,
                                            List<? extends CategoryEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = assistantCounts(entityManager, table,
                entities.stream().map(CategoryEntity::getId).toList());
        return entities.stream().map(entity -> view(entity, counts.getOrDefault(entity.getId(), 0L))).toList();
    }

    private static Map<Long, Long> assistantCounts(EntityManager entityManager, Table table, List<Long> ids) {
        Query query = entityManager.createNativeQuery(table == Table.FOLDER
                ? "SELECT folder_id, COUNT(*) FROM assistants WHERE folder_id IN (" + placeholders(ids.size())
                        + ") GROUP BY folder_id"
                : "SELECT label_id, COUNT(*) FROM assistant_labels WHERE label_id IN (" + placeholders(ids.size())
                        + ") GROUP BY label_id");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return counts;
    }

    private static String placeholders(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "?" + i).collect(Collectors.joining(", "));
    }

    private static CategoryView view(CategoryEntity entity, long assistants) {
        CategoryDetails details = details(entity);
        return new CategoryView(entity.getId(), details.name(), details.color(), assistants);
    }
}
