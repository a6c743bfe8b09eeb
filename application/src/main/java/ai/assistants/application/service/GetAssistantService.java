package ai.assistants.application.service;

import ai.assistants.application.port.in.GetAssistantQuery;
import ai.assistants.application.port.out.AssistantRepository;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantId;

import java.util.Optional;

public final class GetAssistantService implements GetAssistantQuery {

    private final AssistantRepository repository;

    public GetAssistantService(AssistantRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Assistant> get(AccountId caller, AssistantId id) {
        return repository.findOwned(caller, id);
    }
}
