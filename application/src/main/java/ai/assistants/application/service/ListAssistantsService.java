package ai.assistants.application.service;

import ai.assistants.application.paging.Page;
import ai.assistants.application.paging.PageRequest;
import ai.assistants.application.port.in.ListAssistantsQuery;
import ai.assistants.application.port.out.AssistantRepository;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantType;

import java.util.List;
import java.util.Optional;

public final class ListAssistantsService implements ListAssistantsQuery {

    private final AssistantRepository repository;

    public ListAssistantsService(AssistantRepository repository) {
        this.repository = repository;
    }

    /** A count, then the page's items only when the page lies within the count: never a load of every row. */
    @Override
    public Page<Assistant> page(AccountId caller, PageRequest request) {
        long total = repository.countOwned(caller);
        List<Assistant> items = request.offset() < total
                ? repository.findOwnedPage(caller, request.offset(), request.perPage())
                : List.of();
        return new Page<>(items, request, total);
    }

    @Override
    public List<Assistant> all(AccountId caller) {
        return repository.findAllOwned(caller, Optional.empty());
    }

    @Override
    public List<Assistant> allOfType(AccountId caller, AssistantType type) {
        return repository.findAllOwned(caller, Optional.of(type));
    }
}
