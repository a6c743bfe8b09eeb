package ai.assistants.application.port.out;

import ai.assistants.domain.assistant.AccountId;

import java.util.Optional;

/** Stored API keys, known only by their hashes. */
public interface ApiKeys {

    /** @param keyHash lowercase hex SHA-256 of the raw key */
    Optional<AccountId> accountByKeyHash(String keyHash);
}
