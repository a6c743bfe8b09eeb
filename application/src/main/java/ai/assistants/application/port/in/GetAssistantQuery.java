package ai.assistants.application.port.in;

import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantId;

import java.util.Optional;

public interface GetAssistantQuery {

    /** Empty when the assistant does not exist or belongs to another account. */
    Optional<Assistant> get(AccountId caller, AssistantId id);
}
