package ai.assistants.adapters.persistence.transaction;

import ai.assistants.application.port.out.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The application's transaction around several port calls is the unit of work's write, which the adapters' own writes join. */
@ApplicationScoped
public class UnitOfWorkTransactions implements Transactions {

    private final UnitOfWork unitOfWork;

    @Inject
    public UnitOfWorkTransactions(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** For CDI's client proxy only. */
    protected UnitOfWorkTransactions() {
        this(null);
    }

    @Override
    public <T> T inOne(Supplier<T> work) {
        return unitOfWork.write(entityManager -> work.get());
    }
}
