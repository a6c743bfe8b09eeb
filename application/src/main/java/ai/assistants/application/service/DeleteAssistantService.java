package ai.assistants.application.service;

import ai.assistants.application.assistant.AssistantDeletion;
import ai.assistants.application.port.in.DeleteAssistantUseCase;
import ai.assistants.application.port.out.AssistantRepository;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.AssistantId;

/**
 * Hands the whole decision to the repository: whether the assistant is a transfer target can only
 * be answered under the storage's lock on it, or a create racing the delete could slip in between.
 */
public final class DeleteAssistantService implements DeleteAssistantUseCase {

    private final AssistantRepository repository;

    public DeleteAssistantService(AssistantRepository repository) {
        this.repository = repository;
    }

    @Override
    public AssistantDeletion delete(AccountId caller, AssistantId id) {
        return repository.delete(caller, id);
    }
}
