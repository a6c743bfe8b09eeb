package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's "Knowledge bases": metadata CRUD in its envelopes, each account seeing only its own. */
class KnowledgebasesIT {

    private static final String PATH = "/user/knowledgebases";
    private static final JsonObject NOT_FOUND = Json.createObjectBuilder()
            .add("message", "Knowledgebase not found.").add("error", "Knowledgebase not found.").build();

    @Test
    void listsTheCallersOwnInADataEnvelopeWithEveryFieldAndTheDemoOnesEmpty() {
        Api.Answer alpha = Api.get(PATH, Api.ALPHA);
        Api.Answer beta = Api.get(PATH, Api.BETA);

        assertThat(alpha.status()).isEqualTo(200);
        assertThat(alpha.json().keySet()).containsExactly("data");
        JsonObject first = alpha.json().getJsonArray("data").getJsonObject(0);
        assertThat(first.keySet()).containsExactlyInAnyOrder("id", "name", "description", "status", "status_label",
                "documents_count", "assistants_count", "created_at", "updated_at");
        assertThat(first.getString("status")).isEqualTo("empty");
        assertThat(first.getString("status_label")).isEqualTo("Empty");
        assertThat(first.getInt("documents_count")).isZero();
        assertThat(ids(alpha)).doesNotContainAnyElementsOf(ids(beta));
        assertThat(ids(alpha)).isSorted();
    }

    @Test
    void createsAnEmptyOneWithItsLocationAndReadsItBack() {
        Api.Answer created = Api.post(PATH, Api.ALPHA, "{\"name\": \"  Manual \", \"description\": null}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.message()).isEqualTo("Knowledgebase created successfully.");
        JsonObject data = created.data();
        long id = data.getJsonNumber("id").longValue();
        assertThat(created.header("Location")).hasValue("/api/user/knowledgebases/" + id);
        assertThat(data.getString("status")).isEqualTo("empty");
        assertThat(data.getString("status_label")).isEqualTo("Empty");
        assertThat(data.isNull("description")).isTrue();
        assertThat(data.getInt("assistants_count")).isZero();
        assertThat(data.getString("created_at")).isEqualTo(data.getString("updated_at")).endsWith("Z");

        Api.Answer found = Api.get(PATH + "/" + id, Api.ALPHA);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().keySet()).containsExactly("data");
        assertThat(found.data()).isEqualTo(data);
        assertThat(ids(Api.get(PATH, Api.ALPHA))).contains(id);
    }

    @Test
    void acceptsTheLongestNameAndDescriptionCountedInCodePoints() {
        String emoji = "\uD83D\uDE00".repeat(255);
        Api.Answer created = Api.post(PATH, Api.ALPHA, Json.createObjectBuilder().add("name", emoji)
                .add("description", emoji).build().toString());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data().getString("name")).isEqualTo(emoji);
    }

    @Test
    void refusesEveryBadFieldAtOnceAndStoresNothing() {
        int before = ids(Api.get(PATH, Api.ALPHA)).size();

        Api.assertRefused(Api.post(PATH, Api.ALPHA, "{\"description\": \"" + "d".repeat(256) + "\", \"status\": \"active\"}"),
                Map.of("status", "The status field is not supported.",
                        "name", "The name field is required.",
                        "description", "The description field must not be greater than 255 characters."));
        Api.assertRefused(Api.post(PATH, Api.ALPHA, "{\"name\": 5, \"description\": []}"),
                Map.of("name", "The name field must be a string.", "description", "The description field must be a string."));
        Api.assertRefused(Api.post(PATH, Api.ALPHA, "{\"name\": \"" + "n".repeat(256) + "\"}"),
                Map.of("name", "The name field must not be greater than 255 characters."));
        Api.assertRefused(Api.post(PATH, Api.ALPHA, "{\"name\": \"   \"}"), Map.of("name", "The name field is required."));

        assertThat(ids(Api.get(PATH, Api.ALPHA))).hasSize(before);
    }

    @Test
    void changesOnlyTheFieldsSent() {
        long id = create(Api.ALPHA, "Before", "Kept");

        Api.Answer renamed = Api.put(PATH + "/" + id, Api.ALPHA, "{\"name\": \"After\"}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.message()).isEqualTo("Knowledgebase updated successfully.");
        assertThat(renamed.data().getString("name")).isEqualTo("After");
        assertThat(renamed.data().getString("description")).isEqualTo("Kept");

        Api.Answer cleared = Api.put(PATH + "/" + id, Api.ALPHA, "{\"description\": null}");
        assertThat(cleared.data().isNull("description")).isTrue();
        assertThat(cleared.data().getString("name")).isEqualTo("After");

        Api.assertRefused(Api.put(PATH + "/" + id, Api.ALPHA, "{\"name\": null, \"documents_count\": 3}"),
                Map.of("documents_count", "The documents count field is not supported.",
                        "name", "The name field is required."));
        assertThat(Api.put(PATH + "/" + id, Api.ALPHA, "").status()).isEqualTo(200);
        assertThat(Api.get(PATH + "/" + id, Api.ALPHA).data().getString("name")).isEqualTo("After");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.0", "99999999999", "999999999999999999999"})
    void answersNotFoundForAPathIdThatNamesNone(String id) {
        for (Api.Answer answer : List.of(Api.get(PATH + "/" + id, Api.ALPHA),
                Api.put(PATH + "/" + id, Api.ALPHA, "{\"name\": \"x\"}"), Api.delete(PATH + "/" + id, Api.ALPHA))) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.json()).isEqualTo(NOT_FOUND);
        }
    }

    @Test
    void anotherAccountsKnowledgebaseIsNotFoundAndCannotBeAttached() {
        long alphas = create(Api.ALPHA, "Alpha only", null);

        for (Api.Answer answer : List.of(Api.get(PATH + "/" + alphas, Api.BETA),
                Api.put(PATH + "/" + alphas, Api.BETA, "{\"name\": \"Stolen\"}"), Api.delete(PATH + "/" + alphas, Api.BETA))) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.json()).isEqualTo(NOT_FOUND);
        }
        Api.assertRefused(Api.createAssistant(Api.BETA, DemoData.minimalAssistant().add("knowledgebase_id", alphas).build().toString()),
                Map.of("knowledgebase_id", "The selected knowledgebase id is invalid."));
        assertThat(Api.get(PATH + "/" + alphas, Api.ALPHA).data().getString("name")).isEqualTo("Alpha only");
    }

    @Test
    void aDeleteDetachesItFromEveryAssistantInTheSameTransaction() {
        long id = create(Api.ALPHA, "Going", null);
        long prompt = assistant(DemoData.minimalAssistant().add("knowledgebase_id", id).add("knowledgebase_mode", "prompt"));
        long functionCall = assistant(DemoData.minimalAssistant().add("knowledgebase_id", id));
        assertThat(Api.get(PATH + "/" + id, Api.ALPHA).data().getInt("assistants_count")).isEqualTo(2);
        String etag = Api.get("/user/assistant/" + prompt, Api.ALPHA).header("ETag").orElseThrow();

        Api.Answer deleted = Api.delete(PATH + "/" + id, Api.ALPHA);

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.json()).isEqualTo(Json.createObjectBuilder()
                .add("message", "Knowledgebase deleted successfully.").build());
        for (long assistant : List.of(prompt, functionCall)) {
            Api.Answer read = Api.get("/user/assistant/" + assistant, Api.ALPHA);
            assertThat(read.data().get("knowledgebase_id")).isEqualTo(JsonValue.NULL);
            assertThat(read.data().get("knowledgebase_mode")).isEqualTo(JsonValue.NULL);
        }
        assertThat(Api.get("/user/assistant/" + prompt, Api.ALPHA).header("ETag")).isNotEqualTo(java.util.Optional.of(etag));
        assertThat(Api.get(PATH + "/" + id, Api.ALPHA).status()).isEqualTo(404);
        assertThat(Api.delete(PATH + "/" + id, Api.ALPHA).status()).isEqualTo(404);
        Api.assertRefused(Api.updateAssistant(Api.ALPHA, prompt, "{\"knowledgebase_id\": " + id + "}"),
                Map.of("knowledgebase_id", "The selected knowledgebase id is invalid."));
    }

    /** Updates naming it race its delete: each either lost (422) or was detached; none keeps the deleted id. */
    @Test
    void noConcurrentAssistantWriteKeepsADeletedKnowledgebase() throws Exception {
        for (int round = 0; round < 3; round++) {
            long id = create(Api.ALPHA, "Raced " + UUID.randomUUID(), null);
            List<Long> assistants = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                assistants.add(assistant(DemoData.minimalAssistant()));
            }
            List<Callable<Api.Answer>> requests = new ArrayList<>();
            requests.add(() -> Api.delete(PATH + "/" + id, Api.ALPHA));
            for (int i = 0; i < assistants.size(); i++) {
                long assistant = assistants.get(i);
                requests.add(i % 2 == 0
                        ? () -> Api.updateAssistant(Api.ALPHA, assistant, "{\"knowledgebase_id\": " + id + "}")
                        : () -> Api.createAssistant(Api.ALPHA, DemoData.minimalAssistant().add("knowledgebase_id", id)
                        .build().toString()));
            }

            List<Api.Answer> answers = Race.of(requests);

            assertThat(answers.get(0).status()).as(answers.get(0).toString()).isEqualTo(200);
            for (Api.Answer answer : answers.subList(1, answers.size())) {
                assertThat(answer.status()).as(answer.toString()).isIn(200, 201, 422);
                if (answer.status() == 422) {
                    assertThat(answer.errors().getJsonArray("knowledgebase_id").getString(0))
                            .isEqualTo("The selected knowledgebase id is invalid.");
                }
            }
            assertThat(Api.get("/user/assistants", Api.ALPHA).array().stream().map(JsonValue::asJsonObject)
                    .filter(a -> !a.isNull("knowledgebase_id") && a.getJsonNumber("knowledgebase_id").longValue() == id))
                    .isEmpty();
        }
    }

    static long create(String apiKey, String name, String description) {
        var body = Json.createObjectBuilder().add("name", name);
        if (description != null) {
            body.add("description", description);
        }
        Api.Answer created = Api.post(PATH, apiKey, body.build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().getJsonNumber("id").longValue();
    }

    private static long assistant(jakarta.json.JsonObjectBuilder body) {
        Api.Answer created = Api.createAssistant(Api.ALPHA, body.build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().getJsonNumber("id").longValue();
    }

    private static List<Long> ids(Api.Answer list) {
        return list.json().getJsonArray("data").stream()
                .map(item -> item.asJsonObject().getJsonNumber("id").longValue()).toList();
    }
}
