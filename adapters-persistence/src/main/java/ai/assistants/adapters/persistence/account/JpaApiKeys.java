package ai.assistants.adapters.persistence.account;

import ai.assistants.adapters.persistence.transaction.UnitOfWork;
import ai.assistants.application.port.out.ApiKeys;
import ai.assistants.domain.assistant.AccountId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

@ApplicationScoped
public class JpaApiKeys implements ApiKeys {

    private final UnitOfWork unitOfWork;

    @Inject
    public JpaApiKeys(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** For CDI's client proxy only. */
    protected JpaApiKeys() {
        this(null);
    }

    @Override
    public Optional<AccountId> accountByKeyHash(String keyHash) {
        return unitOfWork.read(entityManager -> entityManager
                .createQuery("SELECT k.accountId FROM ApiKeyEntity k WHERE k.keyHash = :keyHash", Long.class)
                .setParameter("keyHash", keyHash)
                .getResultStream()
                .findFirst()
                .map(AccountId::new));
    }
}
