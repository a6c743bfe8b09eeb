package ai.assistants.adapters.persistence.account;

import ai.assistants.adapters.persistence.transaction.UnitOfWork;
import ai.assistants.application.port.out.ApiKeys;
import ai.assistants.domain.assistant.AccountId;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Optional;

/**
 * Every request presents its key, so a key found is remembered for {@link #REMEMBERED_FOR}: a
 * client's requests then cost no query and no transaction for authentication. A key deleted in
 * storage (revoked) is refused by every instance at the latest when its memory ends, within the
 * five seconds the contract allows. Only keys that exist are remembered, each under its own hash and
 * with its own account, so a new key works at once and no caller can be answered from another's
 * entry; the bound on entries keeps memory flat whatever keys callers send.
 */
@ApplicationScoped
public class JpaApiKeys implements ApiKeys {

    static final Duration REMEMBERED_FOR = Duration.ofSeconds(3);
    static final int MOST_KEYS_REMEMBERED = 10_000;

    private final UnitOfWork unitOfWork;
    private final Cache<String, AccountId> accountsByKeyHash;

    @Inject
    public JpaApiKeys(UnitOfWork unitOfWork) {
        this(unitOfWork, Ticker.systemTicker());
    }

    /** @param ticker the clock the memory ends by; a test moves its own */
    public JpaApiKeys(UnitOfWork unitOfWork, Ticker ticker) {
        this.unitOfWork = unitOfWork;
        this.accountsByKeyHash = Caffeine.newBuilder()
                .expireAfterWrite(REMEMBERED_FOR)
                .maximumSize(MOST_KEYS_REMEMBERED)
                .ticker(ticker)
                .build();
    }

    /** For CDI's client proxy only. */
    protected JpaApiKeys() {
        this(null);
    }

    @Override
    public Optional<AccountId> accountByKeyHash(String keyHash) {
        AccountId remembered = accountsByKeyHash.getIfPresent(keyHash);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        Optional<AccountId> stored = stored(keyHash);
        stored.ifPresent(account -> accountsByKeyHash.put(keyHash, account));
        return stored;
    }

    private Optional<AccountId> stored(String keyHash) {
        return unitOfWork.read(entityManager -> entityManager
                .createQuery("SELECT k.accountId FROM ApiKeyEntity k WHERE k.keyHash = :keyHash", Long.class)
                .setParameter("keyHash", keyHash)
                .getResultStream()
                .findFirst()
                .map(AccountId::new));
    }
}
