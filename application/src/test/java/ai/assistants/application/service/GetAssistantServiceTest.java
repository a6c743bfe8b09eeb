package ai.assistants.application.service;

import ai.assistants.application.fake.FakeWorld;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.Assistants;
import org.junit.jupiter.api.Test;

import static ai.assistants.application.fake.FakeWorld.ALPHA;
import static ai.assistants.application.fake.FakeWorld.BETA;
import static org.assertj.core.api.Assertions.assertThat;

class GetAssistantServiceTest {

    private final FakeWorld world = new FakeWorld();
    private final GetAssistantService service = new GetAssistantService(world.repository);
    private final Assistant stored = world.repository.saveNew(Assistants.newAssistant(ALPHA));

    @Test
    void answersTheOwnerWithTheStoredAssistant() {
        assertThat(service.get(ALPHA, stored.id().orElseThrow())).contains(stored);
    }

    @Test
    void answersAnotherAccountAsIfTheAssistantDidNotExist() {
        assertThat(service.get(BETA, stored.id().orElseThrow())).isEmpty();
        assertThat(service.get(ALPHA, new AssistantId(stored.id().orElseThrow().value() + 1))).isEmpty();
    }
}
