package ai.assistants.application.service;

import ai.assistants.application.catalog.PhoneNumberView;
import ai.assistants.application.fake.FakeWorld;
import ai.assistants.domain.assistant.AssistantType;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static ai.assistants.application.fake.FakeWorld.ALPHA;
import static ai.assistants.application.fake.FakeWorld.BETA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AccountResourcesServiceTest {

    private final FakeWorld world = new FakeWorld();
    private final AccountResourcesService service = new AccountResourcesService(world.accountResources);

    @Test
    void offersAnInboundAssistantOnlyNumbersItCanTake() {
        assertThat(service.phoneNumbers(ALPHA, Optional.of(AssistantType.INBOUND)))
                .extracting(PhoneNumberView::id)
                .as("not Caller ID number 4, not number 5 held by an inbound assistant")
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void offersAnOutboundAssistantEveryNumber() {
        assertThat(service.phoneNumbers(ALPHA, Optional.of(AssistantType.OUTBOUND)))
                .extracting(PhoneNumberView::id)
                .containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void listsEveryNumberWithoutAFilter() {
        assertThat(service.phoneNumbers(ALPHA, Optional.empty()))
                .extracting(PhoneNumberView::id, PhoneNumberView::isAvailable)
                .containsExactly(
                        tuple(1L, true),
                        tuple(2L, true),
                        tuple(3L, true),
                        tuple(4L, true),
                        tuple(5L, false));
    }

    @Test
    void showsEachAccountOnlyWhatItOwns() {
        assertThat(service.phoneNumbers(BETA, Optional.of(AssistantType.INBOUND)))
                .extracting(PhoneNumberView::id).containsExactly(11L);
    }
}
