package ai.assistants.application.fake;

import ai.assistants.application.port.out.PhoneNumberAlreadyAssignedException;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantProfiles;
import ai.assistants.domain.assistant.Assistants;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static ai.assistants.application.fake.FakeWorld.ALPHA;
import static ai.assistants.application.fake.FakeWorld.BETA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fake must keep the port's promises, or tests against it prove nothing. */
class InMemoryAssistantRepositoryTest {

    private final InMemoryAssistantRepository repository = new InMemoryAssistantRepository();

    @Test
    void givesEachStoredAssistantItsOwnIdentityAndTimestamps() {
        Assistant first = repository.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()));
        Assistant second = repository.saveNew(Assistants.newAssistant(BETA, AssistantProfiles.minimal()));

        assertThat(first.id()).isPresent().isNotEqualTo(second.id());
        assertThat(first.createdAt()).isPresent().isEqualTo(first.updatedAt());
        assertThat(repository.findOwned(ALPHA, first.id().orElseThrow())).contains(first);
        assertThat(repository.findOwned(BETA, first.id().orElseThrow())).isEmpty();
    }

    @Test
    void refusesASecondInboundAssistantOnTheSameNumber() {
        repository.saveNew(Assistants.newAssistant(ALPHA));

        assertThatThrownBy(() -> repository.saveNew(Assistants.newAssistant(ALPHA)))
                .isInstanceOf(PhoneNumberAlreadyAssignedException.class);
        assertThat(repository.all()).hasSize(1);
    }

    @Test
    void letsOutboundAssistantsShareANumber() {
        // minimal() is outbound without a number; full() is inbound on number 1
        repository.saveNew(Assistants.newAssistant(ALPHA));
        repository.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()));

        assertThat(repository.all()).hasSize(2);
    }

    @Test
    void letsExactlyOneOfManyConcurrentInboundSavesTakeANumber() throws Exception {
        int contenders = 8;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                outcomes.add(pool.submit(saveWhenStarted(start)));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> outcome : outcomes) {
                winners += outcome.get() ? 1 : 0;
            }

            assertThat(winners).isOne();
            assertThat(repository.all()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<Boolean> saveWhenStarted(CountDownLatch start) {
        return () -> {
            start.await();
            try {
                repository.saveNew(Assistants.newAssistant(ALPHA));
                return true;
            } catch (PhoneNumberAlreadyAssignedException lost) {
                return false;
            }
        };
    }
}
