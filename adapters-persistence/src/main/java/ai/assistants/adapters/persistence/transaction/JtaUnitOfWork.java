package ai.assistants.adapters.persistence.transaction;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

import java.util.function.Function;

/**
 * The server's unit of work: the container's transaction-scoped EntityManager of the
 * {@code assistants} unit (JTA data source {@code jdbc/assistants}) in a JTA transaction begun and
 * ended here. Not CDI's {@code @Transactional}: an exception leaving its interceptor is recorded by
 * the server as an incident (an FFDC file and a log line), and an update refused for its rules is
 * an answer, not an incident. An unchecked exception from {@code work} rolls back and reaches the
 * caller unchanged; a write inside another one joins it.
 */
@ApplicationScoped
public class JtaUnitOfWork implements UnitOfWork {

    @PersistenceContext(unitName = "assistants")
    private EntityManager entityManager;

    @Resource
    private UserTransaction transaction;

    @Override
    public <T> T write(Function<EntityManager, T> work) {
        if (status() != Status.STATUS_NO_TRANSACTION) {
            return work.apply(entityManager);
        }
        begin();
        T result;
        try {
            result = work.apply(entityManager);
        } catch (RuntimeException | Error refused) {
            rollback();
            throw refused;
        }
        commit();
        return result;
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        return work.apply(entityManager);
    }

    private int status() {
        try {
            return transaction.getStatus();
        } catch (SystemException e) {
            throw new PersistenceException("The transaction manager failed", e);
        }
    }

    private void begin() {
        try {
            transaction.begin();
        } catch (Exception e) {
            throw new PersistenceException("Could not begin a transaction", e);
        }
    }

    private void commit() {
        try {
            transaction.commit();
        } catch (Exception e) {
            rollbackIfActive();
            throw new PersistenceException("Could not commit", e);
        }
    }

    private void rollback() {
        try {
            transaction.rollback();
        } catch (Exception e) {
            throw new PersistenceException("Could not roll back", e);
        }
    }

    private void rollbackIfActive() {
        if (status() != Status.STATUS_NO_TRANSACTION) {
            rollback();
        }
    }
}
