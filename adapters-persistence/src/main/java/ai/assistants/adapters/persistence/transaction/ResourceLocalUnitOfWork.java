package ai.assistants.adapters.persistence.transaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import java.util.function.Function;

/**
 * A unit of work outside the server: one EntityManager and one local transaction per call. A
 * database away or too slow reaches the caller as a {@code StorageUnavailableException}.
 */
public final class ResourceLocalUnitOfWork implements UnitOfWork {

    private final EntityManagerFactory entityManagerFactory;

    public ResourceLocalUnitOfWork(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public <T> T write(Function<EntityManager, T> work) {
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(entityManager);
            transaction.commit();
            return result;
        } catch (RuntimeException failure) {
            throw StorageFailures.translated(failure);
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entityManager.close();
        }
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
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
