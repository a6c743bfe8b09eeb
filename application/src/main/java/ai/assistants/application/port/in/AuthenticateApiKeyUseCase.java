package ai.assistants.application.port.in;

import ai.assistants.domain.assistant.AccountId;

import java.util.Optional;

public interface AuthenticateApiKeyUseCase {

    /** The account the raw API key belongs to; empty for an unknown, blank or malformed key. */
    Optional<AccountId> authenticate(String rawApiKey);
}
