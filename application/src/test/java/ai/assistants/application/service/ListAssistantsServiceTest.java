package ai.assistants.application.service;

import ai.assistants.application.fake.FakeWorld;
import ai.assistants.application.paging.Page;
import ai.assistants.application.paging.PageRequest;
import ai.assistants.application.port.out.ProfileVariants;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantProfiles;
import ai.assistants.domain.assistant.AssistantType;
import ai.assistants.domain.assistant.Assistants;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static ai.assistants.application.fake.FakeWorld.ALPHA;
import static ai.assistants.application.fake.FakeWorld.BETA;
import static org.assertj.core.api.Assertions.assertThat;

class ListAssistantsServiceTest {

    private final FakeWorld world = new FakeWorld();
    private final ListAssistantsService service = new ListAssistantsService(world.repository);

    private List<Assistant> saveAlphas(int count) {
        List<Assistant> saved = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            saved.add(world.repository.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal())));
        }
        return saved;
    }

    @Test
    void answersEachPageWithItsItemsAndTheTotal() {
        List<Assistant> alphas = saveAlphas(23);
        world.repository.saveNew(Assistants.newAssistant(BETA, AssistantProfiles.minimal()));

        Page<Assistant> first = service.page(ALPHA, new PageRequest(1, 10));
        Page<Assistant> last = service.page(ALPHA, new PageRequest(3, 10));

        assertThat(first.items()).containsExactlyElementsOf(alphas.subList(0, 10));
        assertThat(first.total()).isEqualTo(23);
        assertThat(first.lastPage()).isEqualTo(3);
        assertThat(last.items()).containsExactlyElementsOf(alphas.subList(20, 23));
        assertThat(last.firstPosition()).hasValue(21);
        assertThat(last.lastPosition()).hasValue(23);
    }

    @Test
    void countsButReadsNoItemsForAPagePastTheEnd() {
        saveAlphas(3);
        world.repository.calls().reset();

        Page<Assistant> page = service.page(ALPHA, new PageRequest(2, 3));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(3);
        assertThat(world.repository.calls().snapshot()).containsExactly(Map.entry("countOwned", 1));
    }

    @Test
    void answersAPageFarBeyondAnyListWithoutOverflowing() {
        saveAlphas(1);

        Page<Assistant> page = service.page(ALPHA, new PageRequest(Long.MAX_VALUE, PageRequest.MAX_PER_PAGE));

        assertThat(page.items()).isEmpty();
        assertThat(page.lastPage()).isEqualTo(1);
    }

    @Test
    void readsOnePageWithACountAndOnePageQuery() {
        saveAlphas(12);
        world.repository.calls().reset();

        service.page(ALPHA, new PageRequest(2, 10));

        assertThat(world.repository.calls().snapshot())
                .containsExactlyInAnyOrderEntriesOf(Map.of("countOwned", 1, "findOwnedPage", 1));
    }

    @Test
    void listsAllOfTheCallersAssistantsOrOnlyTheOutboundOnes() {
        Assistant outbound = world.repository.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()));
        Assistant inbound = world.repository.saveNew(Assistants.newAssistant(ALPHA,
                ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.INBOUND, null)));
        world.repository.saveNew(Assistants.newAssistant(BETA, AssistantProfiles.minimal()));

        assertThat(service.all(ALPHA)).containsExactly(outbound, inbound);
        assertThat(service.allOfType(ALPHA, AssistantType.OUTBOUND)).containsExactly(outbound);
        assertThat(service.allOfType(BETA, AssistantType.INBOUND)).isEmpty();
    }
}
