package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** PUT /user/assistant/{id}: a partial change, every rule of a create on the result, nothing written unless 200. */
class UpdateAssistantIT {

    private static long create(JsonObjectBuilder body) {
        Api.Answer created = Api.createAssistant(Api.ALPHA, body.build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().getJsonNumber("id").longValue();
    }

    private static JsonObject read(long id) {
        Api.Answer found = Api.get("/user/assistant/" + id, Api.ALPHA);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.data();
    }

    private static Api.Answer update(long id, String json) {
        return Api.updateAssistant(Api.ALPHA, id, json);
    }

    private static JsonObject without(JsonObject data, String... keys) {
        JsonObjectBuilder rest = Json.createObjectBuilder(data);
        for (String key : keys) {
            rest.remove(key);
        }
        return rest.build();
    }

    @Test
    void changesOnlyTheFieldsSentAndAnswersTheSummary() {
        long id = create(DemoData.minimalAssistant().add("max_duration", 300));
        JsonObject before = read(id);

        Api.Answer answer = update(id, "{\"name\": \"Renamed\", \"ringing_time\": 12}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json()).isEqualTo(Json.createObjectBuilder()
                .add("message", "Assistant updated successfully")
                .add("data", Json.createObjectBuilder().add("id", id).add("name", "Renamed")
                        .add("status", "inactive").add("type", "outbound").add("mode", "pipeline"))
                .build());
        JsonObject after = read(id);
        assertThat(after.getString("name")).isEqualTo("Renamed");
        assertThat(after.getInt("ringing_time")).isEqualTo(12);
        assertThat(after.getInt("max_duration")).isEqualTo(300);
        assertThat(without(after, "name", "ringing_time", "updated_at"))
                .isEqualTo(without(before, "name", "ringing_time", "updated_at"));
        assertThat(after.getString("updated_at")).isGreaterThan(before.getString("updated_at"));
        assertThat(after.getString("created_at")).isEqualTo(before.getString("created_at"));
    }

    @Test
    void anEmptyObjectChangesNothingNotEvenTheTimestampOrTheETag() {
        long id = create(DemoData.minimalAssistant());
        Api.Answer before = Api.get("/user/assistant/" + id, Api.ALPHA);

        Api.Answer answer = update(id, "{}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.message()).isEqualTo("Assistant updated successfully");
        Api.Answer after = Api.get("/user/assistant/" + id, Api.ALPHA);
        assertThat(after.data()).isEqualTo(before.data());
        assertThat(answer.header("ETag")).isEqualTo(before.header("ETag")).isPresent();
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
    }

    @Test
    void nullOnARequiredFieldIsRequiredAndNullElsewherePutsBackWhatACreateGives() {
        long id = create(DemoData.minimalAssistant().add("max_duration", 300).add("voice_stability", 0.2)
                .add("reengagement_prompt", "Still there?").add("tool_ids", Json.createArrayBuilder().add(1).add(2)));

        Api.assertRefused(update(id, "{\"name\": null, \"max_duration\": 100}"),
                Map.of("name", "The name field is required."));
        assertThat(read(id).getInt("max_duration")).as("nothing is written on a 422").isEqualTo(300);

        Api.Answer reset = update(id, "{\"max_duration\": null, \"voice_stability\": null, \"reengagement_prompt\": null,"
                + " \"tool_ids\": null}");
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        JsonObject after = read(id);
        assertThat(after.getInt("max_duration")).isEqualTo(600);
        assertThat(after.getJsonNumber("voice_stability").bigDecimalValue()).isEqualByComparingTo("0.70");
        assertThat(after.isNull("reengagement_prompt")).isTrue();
        assertThat(after.isNull("tool_ids")).isTrue();
    }

    @Test
    void listsAndMapsSentReplaceTheStoredOnesWhole() {
        long id = create(DemoData.minimalAssistant().add("tool_ids", Json.createArrayBuilder().add(1).add(2))
                .add("variables", Json.createObjectBuilder().add("a", "1").add("b", 2))
                .add("secondary_language_ids", Json.createArrayBuilder().add(2).add(3)));

        assertThat(update(id, "{\"tool_ids\": [2], \"variables\": {\"c\": true}, \"secondary_language_ids\": []}")
                .status()).isEqualTo(200);

        JsonObject after = read(id);
        assertThat(after.getJsonArray("tool_ids")).isEqualTo(Json.createArrayBuilder().add(2).build());
        assertThat(after.getJsonObject("variables")).isEqualTo(Json.createObjectBuilder().add("c", true).build());
        assertThat(after.getJsonArray("secondary_language_ids")).isEmpty();
    }

    @Test
    void reportsEveryViolationAtOnceKeyedAsOnCreateAndWritesNothing() {
        long id = create(DemoData.minimalAssistant());
        JsonObject before = read(id);

        Api.assertRefused(update(id, "{\"name\": \"" + "x".repeat(256) + "\", \"max_duration\": 5,"
                        + " \"ringing_time\": \"ten\", \"id\": 7, \"created_at\": \"2020-01-01T00:00:00Z\", \"color\": 1,"
                        + " \"tool_ids\": [1, 999]}"),
                Map.of("name", "The name field must not be greater than 255 characters.",
                        "max_duration", "The max duration field must be between 20 and 1200.",
                        "ringing_time", "The ringing time field must be an integer.",
                        "id", "The id field is not supported.",
                        "created_at", "The created at field is not supported.",
                        "color", "The color field is not supported.",
                        "tool_ids.1", "The selected tool ids.1 is invalid."));
        assertThat(read(id)).isEqualTo(before);
    }

    @Test
    void aNewModeDropsTheOldModelsAndProvidersAndPutsBackWhatItProhibits() {
        long id = create(DemoData.minimalAssistant().add("fillers", true)
                .add("filler_config", Json.createObjectBuilder().add("positive", Json.createArrayBuilder().add("Great")))
                .add("transcriber_provider_id", 3).add("synthesizer_provider_id", 3));

        Api.assertRefused(update(id, "{\"mode\": \"dualplex\"}"),
                Map.of("multimodal_model_id", "The multimodal model id field is required when mode is dualplex."));

        Api.Answer changed = update(id, "{\"mode\": \"dualplex\", \"multimodal_model_id\": " + multimodalModel("dualplex") + "}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonObject after = read(id);
        assertThat(after.getString("mode")).isEqualTo("dualplex");
        assertThat(after.isNull("llm_model_id")).isTrue();
        assertThat(after.isNull("transcriber_provider_id")).isTrue();
        assertThat(after.getInt("synthesizer_provider_id")).as("chosen again from the language").isEqualTo(defaultSynthesizer());
        assertThat(after.getBoolean("fillers")).isFalse();
        assertThat(after.isNull("filler_config")).isTrue();
        assertThat(after.getBoolean("allow_interruptions")).isTrue();
    }

    @Test
    void aStoredVoiceThatDoesNotFitTheNewModeGetsTheSeedsMessage() {
        long id = create(DemoData.minimalAssistant());

        Api.assertRefused(update(id, "{\"mode\": \"multimodal\", \"multimodal_model_id\": " + multimodalModel("multimodal") + "}"),
                Map.of("voice_id", "The selected voice is not compatible with the chosen engine type."));
    }

    @Test
    void aNewLanguageChoosesAgainTheProvidersThatDoNotSpeakIt() {
        long id = create(DemoData.minimalAssistant().add("transcriber_provider_id", 3).add("synthesizer_provider_id", 3));
        long romanian = language("ro");

        Api.Answer changed = update(id, "{\"language_id\": " + romanian + "}");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonObject after = read(id);
        assertThat(after.getInt("synthesizer_provider_id")).isNotEqualTo(3);
        assertThat(after.getInt("transcriber_provider_id")).isNotEqualTo(3);
    }

    @Test
    void clearingTheKnowledgeBaseOrTheWebhookUrlClearsWhatDependsOnIt() {
        long id = create(DemoData.minimalAssistant().add("knowledgebase_id", 1).add("knowledgebase_mode", "prompt")
                .add("is_webhook_active", true).add("webhook_url", "https://hooks.example.com/a"));

        assertThat(update(id, "{\"knowledgebase_id\": null, \"webhook_url\": null}").status()).isEqualTo(200);

        JsonObject after = read(id);
        assertThat(after.isNull("knowledgebase_id")).isTrue();
        assertThat(after.isNull("knowledgebase_mode")).isTrue();
        assertThat(after.isNull("webhook_url")).isTrue();
        assertThat(after.getBoolean("is_webhook_active")).isFalse();
    }

    @Test
    void anAssistantTransferMayNotNameTheAssistantItself() {
        long id = create(DemoData.minimalAssistant());

        Api.assertRefused(update(id, "{\"tools\": [{\"type\": \"assistant_transfer\", \"assistant_id\": " + id + "}]}"),
                Map.of("tools.0.assistant_id", "The selected tools.0.assistant id is invalid."));
    }

    @Test
    void activatesAndDeactivatesAndAnInboundAssistantNeedsANumberToBeActive() {
        long outbound = create(DemoData.minimalAssistant());
        assertThat(update(outbound, "{\"status\": \"active\"}").data().getString("status")).isEqualTo("active");
        assertThat(read(outbound).getString("status")).isEqualTo("active");
        assertThat(update(outbound, "{\"status\": null}").data().getString("status"))
                .as("null puts back what a create gives").isEqualTo("inactive");
        Api.assertRefused(update(outbound, "{\"status\": \"paused\"}"), Map.of("status", "The selected status is invalid."));

        long inbound = create(DemoData.minimalAssistant().add("type", "inbound"));
        Api.assertRefused(update(inbound, "{\"status\": \"active\"}"),
                Map.of("status", "An inbound assistant needs a phone number before it can be activated."));

        long number = DemoData.freeInboundNumber(Api.ALPHA);
        try {
            Api.Answer activated = update(inbound, "{\"status\": \"active\", \"phone_number_id\": " + number + "}");
            assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
            assertThat(DemoData.isOfferedForInbound(Api.ALPHA, number)).isFalse();
            Api.assertRefused(update(inbound, "{\"phone_number_id\": null}"),
                    Map.of("status", "An inbound assistant needs a phone number before it can be activated."));
            assertThat(update(inbound, "{\"phone_number_id\": " + number + ", \"name\": \"Same number\"}").status())
                    .as("its own number is not held by another").isEqualTo(200);
        } finally {
            assertThat(update(inbound, "{\"status\": \"inactive\", \"phone_number_id\": null}").status()).isEqualTo(200);
        }
        assertThat(DemoData.isOfferedForInbound(Api.ALPHA, number)).as("freed by the update").isTrue();
    }

    @Test
    void theInboundPhoneRuleRunsWhenOnlyTheTypeChanges() {
        long number = DemoData.freeInboundNumber(Api.ALPHA);
        long holder = create(DemoData.minimalAssistant().add("type", "inbound").add("phone_number_id", number));
        long other = create(DemoData.minimalAssistant().add("phone_number_id", number));
        try {
            Api.assertRefused(update(other, "{\"type\": \"inbound\"}"),
                    Map.of("phone_number_id", "The selected phone number is already assigned to another inbound assistant."));
            assertThat(read(other).getString("type")).isEqualTo("outbound");
        } finally {
            assertThat(update(holder, "{\"type\": \"outbound\"}").status()).isEqualTo(200);
        }
        assertThat(update(other, "{\"type\": \"inbound\"}").status()).as("free once the holder is outbound").isEqualTo(200);
        assertThat(update(other, "{\"type\": \"outbound\"}").status()).isEqualTo(200);
    }

    @Test
    void ifMatchWithAStaleETagIsRefusedAndChangesNothing() {
        long id = create(DemoData.minimalAssistant());
        String first = Api.get("/user/assistant/" + id, Api.ALPHA).header("ETag").orElseThrow();

        Api.Answer current = Api.send(Api.request("/user/assistant/" + id, Api.ALPHA).header("Content-Type", Api.JSON)
                .header("If-Match", first).PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"Second\"}")).build());
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        String second = current.header("ETag").orElseThrow();
        assertThat(second).isNotEqualTo(first);
        assertThat(Api.get("/user/assistant/" + id, Api.ALPHA).header("ETag")).contains(second);

        Api.Answer stale = Api.send(Api.request("/user/assistant/" + id, Api.ALPHA).header("Content-Type", Api.JSON)
                .header("If-Match", first).PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"Third\"}")).build());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json()).isEqualTo(Json.createObjectBuilder()
                .add("message", "The assistant was changed by another request.").build());
        assertThat(read(id).getString("name")).isEqualTo("Second");
    }

    @Test
    void anotherAccountsOrAnUnknownIdIsNotFound() {
        long alphas = create(DemoData.minimalAssistant());
        for (Api.Answer answer : List.of(Api.updateAssistant(Api.BETA, alphas, "{\"name\": \"Mine\"}"),
                update(Long.MAX_VALUE / 2, "{}"), Api.put("/user/assistant/abc", Api.ALPHA, "{}"))) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.message()).isEqualTo("Assistant not found");
        }
        assertThat(read(alphas).getString("name")).isNotEqualTo("Mine");
    }

    @Test
    void concurrentUpdatesOfOneAssistantApplyOneAfterTheOtherAndLoseNothing() throws Exception {
        long id = create(DemoData.minimalAssistant());
        List<Callable<Api.Answer>> updates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int value = 21 + i;
            updates.add(() -> update(id, "{\"max_duration\": " + value + ", \"max_silence_duration\": " + value + "}"));
        }
        updates.add(() -> update(id, "{\"name\": \"Concurrent\"}"));
        updates.add(() -> update(id, "{\"record\": true}"));

        assertThat(Race.of(updates)).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(200));

        JsonObject after = read(id);
        assertThat(after.getInt("max_duration")).as("never one request's field beside another's")
                .isEqualTo(after.getInt("max_silence_duration"));
        assertThat(after.getString("name")).isEqualTo("Concurrent");
        assertThat(after.getBoolean("record")).isTrue();
    }

    @Test
    void exactlyOneOfManyConcurrentUpdatesSwitchingToInboundOnOneNumberWins() throws Exception {
        long number = DemoData.freeInboundNumber(Api.BETA);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Api.Answer created = Api.createAssistant(Api.BETA, DemoData.minimalAssistant().build().toString());
            ids.add(created.data().getJsonNumber("id").longValue());
        }
        List<Callable<Api.Answer>> updates = new ArrayList<>();
        for (long id : ids) {
            updates.add(() -> Api.updateAssistant(Api.BETA, id,
                    "{\"type\": \"inbound\", \"phone_number_id\": " + number + "}"));
        }

        List<Api.Answer> answers = Race.of(updates);

        assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() != 200).hasSize(ids.size() - 1).allSatisfy(a ->
                assertThat(a.errors()).isEqualTo(Json.createObjectBuilder().add("phone_number_id", Json.createArrayBuilder()
                        .add("The selected phone number is already assigned to another inbound assistant.")).build()));
        long inbound = ids.stream().filter(id -> Api.get("/user/assistant/" + id, Api.BETA).data().getString("type")
                .equals("inbound")).reduce((a, b) -> {
                    throw new AssertionError("two inbound assistants hold one number");
                }).orElseThrow();
        assertThat(Api.updateAssistant(Api.BETA, inbound, "{\"type\": \"outbound\"}").status()).isEqualTo(200);
        assertThat(DemoData.isOfferedForInbound(Api.BETA, number)).isTrue();
    }

    @Test
    void toolsSentBackAsTheyWereReadKeepTheirSecretAndANewSecretReplacesIt() {
        long id = create(DemoData.minimalAssistant().add("tools", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("type", "calendar_integration").add("calcom_api_key", "cal_live_first_abcd")
                .add("calcom_event_slug", "intro-call"))));
        JsonObject read = read(id);
        assertThat(read.getJsonArray("tools").getJsonObject(0).getString("calcom_api_key")).isEqualTo("****abcd");
        Optional<String> version = Api.get("/user/assistant/" + id, Api.ALPHA).header("ETag");

        Api.Answer sentBack = update(id, Json.createObjectBuilder().add("tools", read.getJsonArray("tools")).build().toString());
        assertThat(sentBack.status()).as(sentBack.toString()).isEqualTo(200);
        assertThat(sentBack.header("ETag")).as("nothing changed, so nothing was written").isEqualTo(version).isPresent();
        assertThat(read(id)).as("the stored key, not its mask, is what is kept").isEqualTo(read);

        JsonObject tool = Json.createObjectBuilder(read.getJsonArray("tools").getJsonObject(0))
                .add("calcom_api_key", "cal_live_second_wxyz").build();
        assertThat(update(id, Json.createObjectBuilder().add("tools", Json.createArrayBuilder().add(tool)).build()
                .toString()).status()).isEqualTo(200);
        assertThat(read(id).getJsonArray("tools").getJsonObject(0).getString("calcom_api_key")).isEqualTo("****wxyz");
    }

    @Test
    void anActiveAssistantCanBeDeleted() {
        long id = create(DemoData.minimalAssistant());
        assertThat(update(id, "{\"status\": \"active\"}").status()).isEqualTo(200);

        Api.Answer deleted = Api.delete("/user/assistant/" + id, Api.ALPHA);

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(Api.get("/user/assistant/" + id, Api.ALPHA).status()).isEqualTo(404);
        assertThat(update(id, "{}").status()).isEqualTo(404);
    }

    @Test
    void aDeleteRacingAnUpdateThatAddsATransferToItNeverLeavesADanglingReference() throws Exception {
        int updateWon = 0;
        int deleteWon = 0;
        for (int round = 0; round < 12; round++) {
            long target = create(DemoData.minimalAssistant());
            long transferring = create(DemoData.minimalAssistant());
            String tools = "{\"tools\": [{\"type\": \"assistant_transfer\", \"assistant_id\": " + target + "}]}";

            List<Api.Answer> answers = Race.of(List.of(() -> update(transferring, tools),
                    () -> Api.delete("/user/assistant/" + target, Api.ALPHA)));

            Api.Answer updated = answers.get(0);
            Api.Answer deleted = answers.get(1);
            JsonObject stored = read(transferring);
            if (updated.status() == 200) {
                updateWon++;
                assertThat(deleted.status()).as(deleted.toString()).isEqualTo(409);
                assertThat(read(target).getInt("id")).isEqualTo((int) target);
                assertThat(stored.getJsonArray("tools")).hasSize(1);
            } else {
                deleteWon++;
                Api.assertRefused(updated, Map.of("tools.0.assistant_id", "The selected tools.0.assistant id is invalid."));
                assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
                assertThat(Api.get("/user/assistant/" + target, Api.ALPHA).status()).isEqualTo(404);
                assertThat(stored.isNull("tools")).as("nothing of the refused update was written").isTrue();
            }
        }
        assertThat(updateWon + deleteWon).isEqualTo(12);
    }

    private static long multimodalModel(String mode) {
        return DemoData.firstId(Api.get("/user/assistants/models?type=" + mode, Api.ALPHA).array());
    }

    private static long language(String iso2) {
        return Api.get("/user/assistants/languages", Api.ALPHA).array().stream().map(JsonValue::asJsonObject)
                .filter(language -> language.getString("iso_2").equals(iso2))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static int defaultSynthesizer() {
        return read(create(DemoData.minimalAssistant())).getInt("synthesizer_provider_id");
    }
}
