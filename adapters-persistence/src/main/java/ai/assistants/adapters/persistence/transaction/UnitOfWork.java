package ai.assistants.adapters.persistence.transaction;

import jakarta.persistence.EntityManager;

import java.util.function.Function;

/**
 * Where the adapters get their EntityManager and transaction boundary, so the same adapter runs
 * in the server (JTA, {@link JtaUnitOfWork}) and in plain tests ({@link ResourceLocalUnitOfWork}).
 */
public interface UnitOfWork {

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T write(Function<EntityManager, T> work);

    /** Runs {@code work} for reading; entities it returns are detached. */
    <T> T read(Function<EntityManager, T> work);
}
