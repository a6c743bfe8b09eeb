package ai.assistants.adapters.persistence.transaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import java.util.function.Function;

/**
 * A unit of work outside the server: one EntityManager and one local transaction per call, which
 * the calls made inside it join, as they join a JTA transaction in the server. A database away or
 * too slow reaches the caller as a {@code StorageUnavailableException}.
 */
public final class ResourceLocalUnitOfWork implements UnitOfWork {

    private final EntityManagerFactory entityManagerFactory;
    private final ThreadLocal<EntityManager> inTransaction = new ThreadLocal<>();

    public ResourceLocalUnitOfWork(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public <T> T write(Function<EntityManager, T> work) {
        EntityManager joined = inTransaction.get();
        if (joined != null) {
            return work.apply(joined);
        }
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        inTransaction.set(entityManager);
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(entityManager);
            transaction.commit();
            return result;
        } catch (RuntimeException failure) {
            throw StorageFailures.translated(failure);
        } finally {
            inTransaction.remove();
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entityManager.close();
        }
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager joined = inTransaction.get();
        if (joined != null) {
            return work.apply(joined);
        }
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        try {
            return work.apply(entityManager);
        } catch (RuntimeException failure) {
            throw StorageFailures.translated(failure);
        } finally {
            entityManager.close();
        }
    }
}
