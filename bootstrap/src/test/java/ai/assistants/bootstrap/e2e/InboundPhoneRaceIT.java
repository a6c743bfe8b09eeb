package ai.assistants.bootstrap.e2e;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** One inbound assistant per phone number, even when requests race for it. */
class InboundPhoneRaceIT {

    private static final int RACERS = 16;

    @Test
    void letsExactlyOneOfSixteenConcurrentCreatesHoldTheNumber() throws Exception {
        long number = DemoData.freeInboundNumber(Api.BETA);
        String body = DemoData.minimalAssistant().add("type", "inbound").add("phone_number_id", number)
                .build().toString();
        List<Callable<Api.Answer>> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            racers.add(() -> Api.createAssistant(Api.BETA, body));
        }

        List<Api.Answer> answers = Race.of(racers);

        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() != 201).hasSize(RACERS - 1).allSatisfy(a -> {
            assertThat(a.status()).as(a.toString()).isEqualTo(422);
            assertThat(a.errors().getJsonArray("phone_number_id").getString(0))
                    .isEqualTo("The selected phone number is already assigned to another inbound assistant.");
        });
        assertThat(DemoData.isOfferedForInbound(Api.BETA, number)).isFalse();
        long winner = answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow()
                .data().getJsonNumber("id").longValue();
        assertThat(Api.delete("/user/assistant/" + winner, Api.BETA).status()).as("frees the number for other tests")
                .isEqualTo(200);
        assertThat(DemoData.isOfferedForInbound(Api.BETA, number)).isTrue();
    }
}
