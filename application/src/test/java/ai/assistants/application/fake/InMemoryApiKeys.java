package ai.assistants.application.fake;

import ai.assistants.application.port.out.ApiKeys;
import ai.assistants.application.service.ApiKeyHash;
import ai.assistants.domain.assistant.AccountId;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** API keys in memory, stored as the real adapter stores them: by hash only. Every port call is counted. */
public final class InMemoryApiKeys implements ApiKeys {

    private final Map<String, AccountId> accountsByKeyHash = new ConcurrentHashMap<>();
    private final CallCounter calls = new CallCounter();

    public InMemoryApiKeys key(String rawApiKey, AccountId account) {
        accountsByKeyHash.put(ApiKeyHash.of(rawApiKey), account);
        return this;
    }

    public CallCounter calls() {
        return calls;
    }

    @Override
    public Optional<AccountId> accountByKeyHash(String keyHash) {
        calls.record("accountByKeyHash");
        return Optional.ofNullable(accountsByKeyHash.get(keyHash));
    }
}
