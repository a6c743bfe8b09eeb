package ai.assistants.application.port.in;

import ai.assistants.application.assistant.AssistantDeletion;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.AssistantId;

public interface DeleteAssistantUseCase {

    /**
     * Deletes the caller's assistant {@code id} unless another assistant transfers calls to it;
     * its inbound phone number is freed in the same step. Another account's id is not found.
     */
    AssistantDeletion delete(AccountId caller, AssistantId id);
}
