package ai.assistants.application.fake;

import ai.assistants.application.port.out.AssistantRepository;
import ai.assistants.application.port.out.AssistantRepositoryContract;

/** The fake must keep the port's promises, or tests against it prove nothing. */
class InMemoryAssistantRepositoryTest extends AssistantRepositoryContract {

    private final InMemoryAssistantRepository repository = new InMemoryAssistantRepository();

    @Override
    protected AssistantRepository repository() {
        return repository;
    }

    @Override
    protected long storedAssistants() {
        return repository.all().size();
    }
}
