package ai.assistants.adapters.persistence.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.function.Function;

/**
 * The server's unit of work: the container's transaction-scoped EntityManager of the
 * {@code assistants} unit (JTA data source {@code jdbc/assistants}) and CDI's transaction
 * interceptor. An unchecked exception from {@code work} rolls back and reaches the caller unchanged.
 */
@ApplicationScoped
public class JtaUnitOfWork implements UnitOfWork {

    @PersistenceContext(unitName = "assistants")
    private EntityManager entityManager;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T write(Function<EntityManager, T> work) {
        return work.apply(entityManager);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> T read(Function<EntityManager, T> work) {
        return work.apply(entityManager);
    }
}
