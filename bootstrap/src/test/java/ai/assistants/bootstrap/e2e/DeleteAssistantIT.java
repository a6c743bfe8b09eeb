package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** DELETE /user/assistant/{id}: gone for good, its number freed, and kept while others transfer to it, races included. */
class DeleteAssistantIT {

    private static final int RACE_ROUNDS = 20;

    @Test
    void deletesTheAssistantForGood() {
        long id = create(Api.ALPHA, DemoData.minimalAssistant().build());

        Api.Answer deleted = Api.delete(path(id), Api.ALPHA);

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(Api.JSON));
        assertThat(deleted.json()).isEqualTo(Json.createObjectBuilder()
                .add("message", "Assistant deleted successfully").build());
        assertNotFound(Api.get(path(id), Api.ALPHA));
        assertNotFound(Api.delete(path(id), Api.ALPHA));
        assertThat(create(Api.ALPHA, DemoData.minimalAssistant().build())).as("ids are never given again").isGreaterThan(id);
    }

    @Test
    void servesADeleteWhateverContentTypeItNames() {
        for (String type : List.of("text/plain", "application/xml")) {
            long id = create(Api.ALPHA, DemoData.minimalAssistant().build());

            Api.Answer deleted = Api.send(Api.request(path(id), Api.ALPHA).header("Content-Type", type)
                    .DELETE().build());

            assertThat(deleted.status()).as(type + ": " + deleted).isEqualTo(200);
        }
        long untyped = create(Api.ALPHA, DemoData.minimalAssistant().build());
        assertThat(Api.send(Api.request(path(untyped), Api.ALPHA).DELETE().build()).status()).isEqualTo(200);
    }

    @Test
    void answersAnotherAccountsAssistantWith404AndKeepsIt() {
        long betas = create(Api.BETA, DemoData.minimalAssistant().build());

        assertNotFound(Api.delete(path(betas), Api.ALPHA));

        assertThat(Api.get(path(betas), Api.BETA).status()).isEqualTo(200);
        assertThat(Api.delete(path(betas), Api.BETA).status()).isEqualTo(200);
    }

    @Test
    void answersAnUnknownOrNonNumericIdWith404() {
        for (String id : List.of("999999999", "abc", "-1", "0", "1.5", "99999999999999999999999")) {
            assertNotFound(Api.delete("/user/assistant/" + id, Api.ALPHA));
        }
    }

    @Test
    void asksForTheApiKeyFirst() {
        long id = create(Api.ALPHA, DemoData.minimalAssistant().build());

        Api.Answer anonymous = Api.delete(path(id), null);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.message()).isEqualTo("Unauthenticated.");
        assertThat(Api.get(path(id), Api.ALPHA).status()).isEqualTo(200);
    }

    @Test
    void offersTheInboundNumberAgainAtOnce() {
        long number = DemoData.freeInboundNumber(Api.ALPHA);
        JsonObject inbound = DemoData.minimalAssistant().add("type", "inbound").add("phone_number_id", number).build();
        long holder = create(Api.ALPHA, inbound);
        assertThat(DemoData.isOfferedForInbound(Api.ALPHA, number)).isFalse();

        assertThat(Api.delete(path(holder), Api.ALPHA).status()).isEqualTo(200);

        assertThat(DemoData.isOfferedForInbound(Api.ALPHA, number)).isTrue();
        long next = create(Api.ALPHA, inbound);
        assertThat(Api.get(path(next), Api.ALPHA).data().getJsonNumber("phone_number_id").longValue()).isEqualTo(number);
        assertThat(Api.delete(path(next), Api.ALPHA).status()).isEqualTo(200);
    }

    @Test
    void keepsAnAssistantThatOthersTransferToAndNamesThemInOrder() {
        long target = create(Api.ALPHA, DemoData.minimalAssistant().build());
        long first = create(Api.ALPHA, transferringTo(target));
        long second = create(Api.ALPHA, transferringTo(target));

        Api.Answer refused = Api.delete(path(target), Api.ALPHA);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json()).isEqualTo(Json.createObjectBuilder()
                .add("message", "The assistant is the transfer target of other assistants.")
                .add("assistant_ids", Json.createArrayBuilder().add(first).add(second)).build());
        assertThat(Api.get(path(target), Api.ALPHA).status()).isEqualTo(200);

        assertThat(Api.delete(path(first), Api.ALPHA).status()).isEqualTo(200);
        assertThat(Api.delete(path(target), Api.ALPHA).json().getJsonArray("assistant_ids"))
                .isEqualTo(Json.createArrayBuilder().add(second).build());
        assertThat(Api.delete(path(second), Api.ALPHA).status()).isEqualTo(200);
        assertThat(Api.delete(path(target), Api.ALPHA).status()).isEqualTo(200);
    }

    @Test
    void refusesACreateThatTransfersToADeletedAssistant() {
        long target = create(Api.ALPHA, DemoData.minimalAssistant().build());
        assertThat(Api.delete(path(target), Api.ALPHA).status()).isEqualTo(200);

        Api.assertRefused(Api.createAssistant(Api.ALPHA, transferringTo(target).toString()),
                Map.of("tools.0.assistant_id", "The selected tools.0.assistant id is invalid."));
    }

    /**
     * Round after round, a DELETE of T races a create whose assistant_transfer tool names T. Each round
     * ends in one order or the other, never in both writes: no stored assistant names a deleted one.
     */
    @Test
    void letsADeleteAndACreateThatTransfersToItEndInOneOrderOrTheOther() throws Exception {
        JsonObject target = DemoData.minimalAssistant().build();
        JsonObject transferring = DemoData.minimalAssistant().build();
        int deletedFirst = 0;
        int createdFirst = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < RACE_ROUNDS; round++) {
                long targetId = create(Api.ALPHA, target);
                String naming = withTransferTo(transferring, targetId).toString();
                CountDownLatch start = new CountDownLatch(1);
                // A create does more before it writes than a delete: the delete is held back a little in some
                // rounds, so that both orders, and the create's look-up before the delete's commit, occur.
                long holdBackMillis = round % 5 * 4L;
                Future<Api.Answer> deletion = pool.submit(racer(start, () -> {
                    Thread.sleep(holdBackMillis);
                    return Api.delete(path(targetId), Api.ALPHA);
                }));
                Future<Api.Answer> creation = pool.submit(racer(start, () -> Api.createAssistant(Api.ALPHA, naming)));
                start.countDown();
                Api.Answer deleted = deletion.get(60, TimeUnit.SECONDS);
                Api.Answer created = creation.get(60, TimeUnit.SECONDS);

                if (deleted.status() == 200) {
                    deletedFirst++;
                    Api.assertRefused(created, Map.of("tools.0.assistant_id",
                            "The selected tools.0.assistant id is invalid."));
                    assertNotFound(Api.get(path(targetId), Api.ALPHA));
                } else {
                    createdFirst++;
                    assertThat(created.status()).as("round %d: %s / %s", round, deleted, created).isEqualTo(201);
                    long creator = created.data().getJsonNumber("id").longValue();
                    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(409);
                    assertThat(deleted.json().getJsonArray("assistant_ids"))
                            .isEqualTo(Json.createArrayBuilder().add(creator).build());
                    assertThat(Api.get(path(creator), Api.ALPHA).data().getJsonArray("tools").getJsonObject(0)
                            .getJsonNumber("assistant_id").longValue()).isEqualTo(targetId);
                    assertThat(Api.get(path(targetId), Api.ALPHA).status()).isEqualTo(200);
                    assertThat(Api.delete(path(creator), Api.ALPHA).status()).isEqualTo(200);
                    assertThat(Api.delete(path(targetId), Api.ALPHA).status()).isEqualTo(200);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("[DeleteAssistantIT on %s] delete first %d, create first %d%n",
                System.getProperty("it.database", "?"), deletedFirst, createdFirst);
    }

    private static Callable<Api.Answer> racer(CountDownLatch start, Callable<Api.Answer> request) {
        return () -> {
            start.await();
            return request.call();
        };
    }

    private static JsonObject transferringTo(long target) {
        return withTransferTo(DemoData.minimalAssistant().build(), target);
    }

    private static JsonObject withTransferTo(JsonObject assistant, long target) {
        return Json.createObjectBuilder(assistant)
                .add("tools", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "assistant_transfer")
                        .add("assistant_id", target)
                        .add("description", "Hand over to " + target)))
                .build();
    }

    /** Creates the assistant and answers its id. */
    private static long create(String apiKey, JsonObject assistant) {
        Api.Answer created = Api.createAssistant(apiKey, assistant.toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().getJsonNumber("id").longValue();
    }

    private static String path(long id) {
        return "/user/assistant/" + id;
    }

    private static void assertNotFound(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.json()).isEqualTo(Json.createObjectBuilder().add("message", "Assistant not found").build());
    }
}
