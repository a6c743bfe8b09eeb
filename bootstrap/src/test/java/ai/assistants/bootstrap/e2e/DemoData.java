package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data set, discovered through the look-ups rather than assumed. */
final class DemoData {

    private DemoData() {
    }

    static long firstId(JsonArray items) {
        assertThat(items).as("the demo data holds at least one").isNotEmpty();
        return items.getJsonObject(0).getJsonNumber("id").longValue();
    }

    static long english() {
        return Api.get("/user/assistants/languages", Api.ALPHA).array().stream().map(JsonValue::asJsonObject)
                .filter(language -> language.getString("iso_2").equals("en"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    static long pipelineVoice(long languageId) {
        return firstId(Api.get("/user/assistants/voices?mode=pipeline&language_id=" + languageId, Api.ALPHA).array());
    }

    static long llm() {
        return firstId(Api.get("/user/assistants/models?type=llm", Api.ALPHA).array());
    }

    static List<JsonObject> phoneNumbers(String apiKey, String query) {
        return Api.get("/user/assistants/phone-numbers" + query, apiKey).array().stream()
                .map(JsonValue::asJsonObject).collect(Collectors.toList());
    }

    /** A free number that an inbound assistant may hold; one per test, so tests do not race each other. */
    static long freeInboundNumber(String apiKey) {
        return phoneNumbers(apiKey, "?type=inbound").stream()
                .filter(number -> number.getBoolean("is_available"))
                .findFirst().orElseThrow(() -> new AssertionError("no free inbound-capable number left for " + apiKey))
                .getJsonNumber("id").longValue();
    }

    static boolean isOfferedForInbound(String apiKey, long phoneNumberId) {
        return phoneNumbers(apiKey, "?type=inbound").stream()
                .anyMatch(number -> number.getJsonNumber("id").longValue() == phoneNumberId);
    }

    /** The smallest valid pipeline assistant, on discovered ids. */
    static JsonObjectBuilder minimalAssistant() {
        long language = english();
        return Json.createObjectBuilder()
                .add("name", "E2E " + UUID.randomUUID())
                .add("voice_id", pipelineVoice(language))
                .add("language_id", language)
                .add("type", "outbound")
                .add("mode", "pipeline")
                .add("timezone", "Europe/Bucharest")
                .add("initial_message", "Hello!")
                .add("system_prompt", "You are helpful.")
                .add("llm_model_id", llm());
    }
}
