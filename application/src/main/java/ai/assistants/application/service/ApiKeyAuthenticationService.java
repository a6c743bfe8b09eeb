package ai.assistants.application.service;

import ai.assistants.application.port.in.AuthenticateApiKeyUseCase;
import ai.assistants.application.port.out.ApiKeys;
import ai.assistants.domain.assistant.AccountId;

import java.util.Optional;

public final class ApiKeyAuthenticationService implements AuthenticateApiKeyUseCase {

    /** Longer than any key we issue; refusing it early keeps hashing and storage out of reach of junk headers. */
    static final int MAX_KEY_LENGTH = 200;

    private final ApiKeys apiKeys;

    public ApiKeyAuthenticationService(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    public Optional<AccountId> authenticate(String rawApiKey) {
        if (rawApiKey == null || rawApiKey.isBlank() || rawApiKey.length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        return apiKeys.accountByKeyHash(ApiKeyHash.of(rawApiKey));
    }
}
