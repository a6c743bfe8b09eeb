package ai.assistants.adapters.persistence.transaction;

import ai.assistants.application.port.out.StorageUnavailableException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The server's unit of work: the container's transaction-scoped EntityManager of the
 * {@code assistants} unit (JTA data source {@code jdbc/assistants}) in a JTA transaction begun and
 * ended here. Not CDI's {@code @Transactional}: an exception leaving its interceptor is recorded by
 * the server as an incident (an FFDC file and a log line), and an update refused for its rules is
 * an answer, not an incident. An unchecked exception from {@code work} rolls back and reaches the
 * caller unchanged, unless the database was away or too slow (or, by the {@link DatabaseCircuit}, was
 * so a moment ago): that reaches it as a {@code StorageUnavailableException}. A write inside another
 * one joins it.
 */
@ApplicationScoped
public class JtaUnitOfWork implements UnitOfWork {

    @PersistenceContext(unitName = "assistants")
    private EntityManager entityManager;

    @Resource
    private UserTransaction transaction;

    private final DatabaseCircuit circuit;

    @Inject
    public JtaUnitOfWork(DatabaseCircuit circuit) {
        this.circuit = circuit;
    }

    /** For CDI's client proxy only. */
    protected JtaUnitOfWork() {
        this(null);
    }

    @Override
    public <T> T write(Function<EntityManager, T> work) {
        return guarded(() -> inTransaction(work));
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
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
        return guarded(() -> work.apply(entityManager));
    }

    private <T> T guarded(Supplier<T> use) {
        try {
            return circuit.call(use);
        } catch (CircuitBreakerOpenException open) {
            throw new StorageUnavailableException(open);
        }
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
