package ai.assistants.application.service;

import ai.assistants.application.assistant.AssistantDeletion;
import ai.assistants.application.fake.FakeWorld;
import ai.assistants.application.port.out.ProfileVariants;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantProfiles;
import ai.assistants.domain.assistant.Assistants;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ai.assistants.application.fake.FakeWorld.ALPHA;
import static ai.assistants.application.fake.FakeWorld.BETA;
import static org.assertj.core.api.Assertions.assertThat;

class DeleteAssistantServiceTest {

    private final FakeWorld world = new FakeWorld();
    private final DeleteAssistantService service = new DeleteAssistantService(world.repository);
    private final AssistantId stored = save(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()));

    @Test
    void deletesTheCallersAssistant() {
        assertThat(service.delete(ALPHA, stored)).isEqualTo(new AssistantDeletion.Deleted());
        assertThat(world.repository.all()).isEmpty();
    }

    @Test
    void answersAnotherAccountAsIfTheAssistantDidNotExist() {
        assertThat(service.delete(BETA, stored)).isEqualTo(new AssistantDeletion.NotFound());
        assertThat(service.delete(ALPHA, new AssistantId(stored.value() + 1))).isEqualTo(new AssistantDeletion.NotFound());
        assertThat(world.repository.all()).hasSize(1);
    }

    @Test
    void keepsAnAssistantThatAnotherTransfersTo() {
        AssistantId referrer = save(Assistants.newAssistant(ALPHA,
                ProfileVariants.withTransfersTo(AssistantProfiles.minimal(), stored.value())));

        assertThat(service.delete(ALPHA, stored))
                .isEqualTo(new AssistantDeletion.TransferTargetOfOthers(List.of(referrer.value())));
        assertThat(world.repository.all()).hasSize(2);
    }

    private AssistantId save(Assistant assistant) {
        return world.repository.saveNew(assistant).id().orElseThrow();
    }
}
