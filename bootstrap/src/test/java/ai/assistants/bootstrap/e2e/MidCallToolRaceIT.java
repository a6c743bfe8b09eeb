package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static ai.assistants.bootstrap.e2e.MidCallTools.PATH;
import static ai.assistants.bootstrap.e2e.MidCallTools.createdId;
import static ai.assistants.bootstrap.e2e.MidCallTools.minimal;
import static ai.assistants.bootstrap.e2e.MidCallTools.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mid-call tools' rules that races could break: the plan's limit, unique names, and a delete that
 * leaves no assistant with the deleted id. On PostgreSQL half of the racers go to a second server on
 * the same database, so each rule is seen to hold across instances.
 */
class MidCallToolRaceIT {

    private static final int RACERS = 16;
    /** The demo accounts' plan: the column's default. */
    private static final int DEMO_LIMIT = 100;
    private static final boolean TWO_SERVERS = System.getProperty("it.second.base.url") != null;

    @Test
    void neverLetsConcurrentCreatesPassThePlansLimit() throws Exception {
        int free = 4;
        List<Long> created = new ArrayList<>();
        try {
            int existing = Api.get(PATH, Api.BETA).array().size();
            for (int i = existing; i < DEMO_LIMIT - free; i++) {
                created.add(createdId(Api.BETA, minimal(uniqueName("filler"))));
            }
            List<Callable<Api.Answer>> racers = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                String body = minimal(uniqueName("racer")).build().toString();
                racers.add(i % 2 == 1 && TWO_SERVERS ? () -> createOnSecondServer(Api.BETA, body)
                        : () -> MidCallTools.create(Api.BETA, body));
            }

            List<Api.Answer> answers = Race.of(racers);

            answers.stream().filter(a -> a.status() == 201)
                    .forEach(a -> created.add(a.data().getJsonNumber("id").longValue()));
            assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(free);
            assertThat(answers).filteredOn(a -> a.status() != 201).hasSize(RACERS - free).allSatisfy(a -> {
                assertThat(a.status()).as(a.toString()).isEqualTo(422);
                assertThat(a.json()).isEqualTo(Json.createObjectBuilder().add("message", "You have reached your plan"
                        + " limit of 100 mid call tools. Please upgrade your plan to create more tools.").build());
            });
            assertThat(Api.get(PATH, Api.BETA).array()).hasSize(DEMO_LIMIT);
        } finally {
            created.forEach(id -> MidCallTools.deleteQuietly(Api.BETA, id));
        }
        assertThat(MidCallTools.create(Api.BETA, minimal(uniqueName("after")).build().toString()).status())
                .as("a deleted tool frees its place").isEqualTo(201);
    }

    @Test
    void givesANameToOneOfSixteenConcurrentCreates() throws Exception {
        String body = minimal(uniqueName("contested")).build().toString();
        List<Callable<Api.Answer>> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            racers.add(i % 2 == 1 && TWO_SERVERS ? () -> createOnSecondServer(Api.ALPHA, body)
                    : () -> MidCallTools.create(Api.ALPHA, body));
        }

        List<Api.Answer> answers = Race.of(racers);

        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() != 201).hasSize(RACERS - 1).allSatisfy(a ->
                Api.assertRefused(a, java.util.Map.of("name", "The name has already been taken.")));
        answers.stream().filter(a -> a.status() == 201)
                .forEach(a -> MidCallTools.deleteQuietly(Api.ALPHA, a.data().getJsonNumber("id").longValue()));
    }

    /**
     * Creates and updates naming a tool race its delete: each either is refused as if the tool had never
     * existed, or is seen by the delete and detached. No assistant is left naming the deleted tool.
     */
    @Test
    void leavesNoAssistantWithADeletedToolUnderConcurrentWrites() throws Exception {
        List<Long> assistants = new ArrayList<>();
        try {
            for (int i = 0; i < RACERS / 2; i++) {
                assistants.add(Api.createAssistant(Api.ALPHA, DemoData.minimalAssistant().build().toString())
                        .data().getJsonNumber("id").longValue());
            }
            for (int round = 0; round < 3; round++) {
                long tool = createdId(Api.ALPHA, minimal(uniqueName("doomed")));
                String naming = "{\"tool_ids\": [" + tool + "]}";
                String create = DemoData.minimalAssistant().add("tool_ids", Json.createArrayBuilder().add(tool))
                        .build().toString();
                List<Callable<Api.Answer>> racers = new ArrayList<>();
                racers.add(() -> Api.delete(PATH + "/" + tool, Api.ALPHA));
                for (int i = 0; i < RACERS / 2; i++) {
                    long assistant = assistants.get(i);
                    boolean second = i % 2 == 1 && TWO_SERVERS;
                    racers.add(second ? () -> updateOnSecondServer(assistant, naming)
                            : () -> Api.updateAssistant(Api.ALPHA, assistant, naming));
                    racers.add(second ? () -> Api.createAssistantOnSecondServer(Api.ALPHA, create)
                            : () -> Api.createAssistant(Api.ALPHA, create));
                }

                List<Api.Answer> answers = Race.of(racers);

                assertThat(answers.get(0).status()).as(answers.get(0).toString()).isEqualTo(200);
                for (Api.Answer write : answers.subList(1, answers.size())) {
                    if (write.status() == 422) {
                        Api.assertRefused(write, java.util.Map.of("tool_ids.0", "The selected tool ids.0 is invalid."));
                    } else {
                        assertThat(write.status()).as(write.toString()).isIn(200, 201);
                        if (write.status() == 201) {
                            assistants.add(write.data().getJsonNumber("id").longValue());
                        }
                    }
                }
                for (long assistant : assistants) {
                    Api.Answer read = Api.get("/user/assistant/" + assistant, Api.ALPHA);
                    JsonValue toolIds = read.data().get("tool_ids");
                    assertThat(toolIds.toString()).as("assistant " + assistant + " after round " + round)
                            .doesNotContain(Long.toString(tool));
                }
            }
        } finally {
            assistants.forEach(id -> Api.delete("/user/assistant/" + id, Api.ALPHA));
        }
    }

    private static Api.Answer createOnSecondServer(String apiKey, String json) {
        return Api.send(Api.requestOnSecondServer(PATH, apiKey).header("Content-Type", Api.JSON)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static Api.Answer updateOnSecondServer(long assistantId, String json) {
        return Api.send(Api.requestOnSecondServer("/user/assistant/" + assistantId, Api.ALPHA)
                .header("Content-Type", Api.JSON).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
