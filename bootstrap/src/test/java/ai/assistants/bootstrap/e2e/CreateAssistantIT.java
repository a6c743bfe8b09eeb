package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CreateAssistantIT {

    private static final String SEED_EXAMPLE = """
            {
              "name": "Sales Assistant",
              "voice_id": 1,
              "language_id": 1,
              "type": "outbound",
              "mode": "pipeline",
              "timezone": "America/New_York",
              "initial_message": "Hello! How can I help you today?",
              "system_prompt": "You are a professional sales assistant...",
              "llm_model_id": 2,
              "record": true,
              "tools": [
                {
                  "type": "end_call",
                  "description": "End call when customer is satisfied"
                }
              ]
            }""";

    private static long created(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.data().getJsonNumber("id").longValue();
    }

    @Test
    void createsTheSeedsExample() {
        Api.Answer answer = Api.createAssistant(Api.ALPHA, SEED_EXAMPLE);

        long id = created(answer);
        assertThat(answer.message()).isEqualTo("Assistant created successfully");
        assertThat(answer.data()).isEqualTo(Json.createObjectBuilder().add("id", id).add("name", "Sales Assistant")
                .add("status", "inactive").add("type", "outbound").add("mode", "pipeline").build());
        assertThat(answer.header("Location")).contains("/api/user/assistant/" + id);
        assertThat(answer.header("X-Request-Id")).isPresent();
    }

    @Test
    void readsTheSeedsExampleBackWithDefaultsResolved() {
        long id = created(Api.createAssistant(Api.ALPHA, SEED_EXAMPLE));

        Api.Answer answer = Api.get("/user/assistant/" + id, Api.ALPHA);

        assertThat(answer.status()).isEqualTo(200);
        JsonObject data = answer.data();
        assertThat(data.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(data.getString("status")).isEqualTo("inactive");
        assertThat(data.getJsonNumber("voice_id").longValue()).isEqualTo(1);
        assertThat(data.getJsonNumber("llm_model_id").longValue()).isEqualTo(2);
        assertThat(data.get("record")).isEqualTo(JsonValue.TRUE);
        assertThat(data.getString("timezone")).isEqualTo("America/New_York");
        assertThat(data.getJsonNumber("voice_stability").bigDecimalValue()).isEqualByComparingTo("0.70");
        assertThat(data.getJsonNumber("voice_similarity").bigDecimalValue()).isEqualByComparingTo("0.50");
        assertThat(data.getJsonNumber("speech_speed").bigDecimalValue()).isEqualByComparingTo("1.00");
        assertThat(data.getJsonNumber("llm_temperature").bigDecimalValue()).isEqualByComparingTo("0.10");
        assertThat(data.get("tts_emotion_enabled")).isEqualTo(JsonValue.TRUE);
        assertThat(data.get("allow_interruptions")).isEqualTo(JsonValue.TRUE);
        assertThat(data.get("fillers")).isEqualTo(JsonValue.FALSE);
        assertThat(data.getJsonNumber("max_duration").intValue()).isEqualTo(600);
        assertThat(data.getJsonNumber("max_silence_duration").intValue()).isEqualTo(40);
        assertThat(data.getJsonNumber("ringing_time").intValue()).isEqualTo(30);
        assertThat(data.getJsonNumber("reengagement_interval").intValue()).isEqualTo(30);
        assertThat(data.getString("endpoint_type")).isEqualTo("vad");
        assertThat(data.getJsonNumber("conversation_inactivity_timeout").intValue()).isEqualTo(30);
        assertThat(data.get("synthesizer_provider_id").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER);
        assertThat(data.get("max_initial_silence_duration")).isEqualTo(JsonValue.NULL);
        assertThat(data.get("webhook_url")).isEqualTo(JsonValue.NULL);
        assertThat(data.get("knowledgebase_id")).isEqualTo(JsonValue.NULL);
        assertThat(data.getJsonArray("tools")).containsExactly(Json.createObjectBuilder().add("type", "end_call")
                .add("description", "End call when customer is satisfied").build());
        Instant createdAt = Instant.parse(data.getString("created_at"));
        assertThat(data.getString("created_at")).endsWith("Z");
        assertThat(Instant.parse(data.getString("updated_at"))).isAfterOrEqualTo(createdAt);
    }

    @Test
    void readsBackListsInTheirOrderAndSecretsMasked() {
        JsonArray tools = lookUp("/user/tools");
        long secondLanguage = otherLanguage();
        String body = DemoData.minimalAssistant()
                .add("secondary_language_ids", Json.createArrayBuilder().add(secondLanguage))
                .add("tool_ids", Json.createArrayBuilder().add(id(tools, 1)).add(id(tools, 0)))
                .add("tools", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "collect_keypad").add("timeout", 10))
                        .add(Json.createObjectBuilder().add("type", "calendar_integration")
                                .add("calcom_api_key", "cal_live_0123456789wxyz").add("calcom_event_slug", "intro")))
                .add("variables", Json.createObjectBuilder().add("z_last", "Z").add("a_first", 1).add("vip", true))
                .add("turn_detection_threshold", JsonValue.NULL)
                .build().toString();

        long id = created(Api.createAssistant(Api.ALPHA, body));
        JsonObject data = Api.get("/user/assistant/" + id, Api.ALPHA).data();

        assertThat(data.getJsonArray("tool_ids")).containsExactly(tools.getJsonObject(1).get("id"),
                tools.getJsonObject(0).get("id"));
        JsonObject keypad = data.getJsonArray("tools").getJsonObject(0);
        assertThat(keypad.getJsonNumber("timeout").intValue()).isEqualTo(10);
        assertThat(keypad.getString("stop_key")).isEqualTo("#");
        JsonObject calendar = data.getJsonArray("tools").getJsonObject(1);
        assertThat(calendar.getString("calcom_api_key")).isEqualTo("****wxyz");
        assertThat(calendar.getString("calcom_endpoint")).isEqualTo("us");
        assertThat(data.getJsonObject("variables").keySet()).containsExactly("z_last", "a_first", "vip");
        assertThat(data.getJsonObject("variables").get("a_first").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER);
        assertThat(data.get("turn_detection_threshold")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void readsBackListsAndMapsNeverSentAsNullAndOnesSentEmptyAsEmpty() {
        String[] keys = {"secondary_language_ids", "tool_ids", "tools", "post_call_schema", "variables"};
        JsonObjectBuilder sentEmpty = DemoData.minimalAssistant();
        for (String key : keys) {
            sentEmpty.add(key, key.equals("variables") ? JsonValue.EMPTY_JSON_OBJECT : JsonValue.EMPTY_JSON_ARRAY);
        }

        JsonObject never = Api.get("/user/assistant/" + created(Api.createAssistant(Api.ALPHA,
                DemoData.minimalAssistant().build().toString())), Api.ALPHA).data();
        JsonObject empty = Api.get("/user/assistant/" + created(Api.createAssistant(Api.ALPHA,
                sentEmpty.build().toString())), Api.ALPHA).data();

        for (String key : keys) {
            assertThat(never).as(key).containsEntry(key, JsonValue.NULL);
            assertThat(empty).as(key).containsEntry(key,
                    key.equals("variables") ? JsonValue.EMPTY_JSON_OBJECT : JsonValue.EMPTY_JSON_ARRAY);
        }
    }

    @Test
    void reportsAToolTypeOfAnotherJsonKindAsTheWrongKind() {
        String body = DemoData.minimalAssistant()
                .add("tools", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", 1))
                        .add(Json.createObjectBuilder().add("description", "no type"))
                        .add(Json.createObjectBuilder().add("type", "teleport")))
                .build().toString();

        Api.Answer answer = Api.createAssistant(Api.ALPHA, body);

        Api.assertRefused(answer, Map.of(
                "tools.0.type", "The tools.0.type field must be a string.",
                "tools.1.type", "The tools.1.type field is required.",
                "tools.2.type", "The selected tools.2.type is invalid."));
    }

    @Test
    void reportsAFieldsOwnRuleBeforeTheEngineModesRule() {
        String body = DemoData.minimalAssistant().add("turn_detection_threshold", 5).build().toString();

        Api.Answer answer = Api.createAssistant(Api.ALPHA, body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.errors().getJsonArray("turn_detection_threshold")).containsExactly(
                Json.createValue("The turn detection threshold field must be between 0 and 1."),
                Json.createValue("The turn detection threshold field is prohibited when mode is pipeline."));
    }

    @Test
    void acceptsIanaTimezonesOnlyAndWebhookUrlsWithRealPorts() {
        for (String timezone : new String[] {"EST", "HST", "Etc/GMT+2"}) {
            created(Api.createAssistant(Api.ALPHA, DemoData.minimalAssistant().add("timezone", timezone).build().toString()));
        }
        String body = DemoData.minimalAssistant().add("timezone", "SystemV/AST4")
                .add("webhook_url", "http://hooks.example.com:99999/").build().toString();

        Api.Answer answer = Api.createAssistant(Api.ALPHA, body);

        Api.assertRefused(answer, Map.of(
                "timezone", "The timezone field must be a valid timezone.",
                "webhook_url", "The webhook url field must be a valid URL."));
    }

    @Test
    void reportsWrongKindsUnknownFieldsAndRuleViolationsInOneAnswer() {
        String body = DemoData.minimalAssistant()
                .add("voice_id", "1")
                .add("colour", "red")
                .add("max_duration", 5)
                .add("tools", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "end_call").add("phone", "+40712345678")))
                .remove("name")
                .build().toString();

        Api.Answer answer = Api.createAssistant(Api.ALPHA, body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.message()).isEqualTo("Validation failed");
        assertThat(answer.errors().keySet()).contains("voice_id", "colour", "max_duration", "tools.0.phone", "name");
        assertThat(answer.errors().getJsonArray("voice_id").getString(0))
                .isEqualTo("The voice id field must be an integer.");
        assertThat(answer.errors().getJsonArray("colour").getString(0)).isEqualTo("The colour field is not supported.");
        assertThat(answer.errors().getJsonArray("name").getString(0)).isEqualTo("The name field is required.");
    }

    @Test
    void neverShowsAnAssistantToAnotherAccount() {
        long alphas = created(Api.createAssistant(Api.ALPHA, DemoData.minimalAssistant().build().toString()));

        Api.Answer answer = Api.get("/user/assistant/" + alphas, Api.BETA);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.message()).isEqualTo("Assistant not found");
        assertThat(Api.get("/user/assistant/" + alphas, Api.ALPHA).status()).isEqualTo(200);
    }

    @Test
    void treatsAnotherAccountsResourcesAsUnknown() {
        long betasNumber = DemoData.phoneNumbers(Api.BETA, "").get(0).getJsonNumber("id").longValue();
        long betasTool = id(Api.get("/user/tools", Api.BETA).array(), 0);
        long betasBase = id(Api.get("/user/knowledgebases", Api.BETA).json().getJsonArray("data"), 0);
        String body = DemoData.minimalAssistant()
                .add("phone_number_id", betasNumber)
                .add("tool_ids", Json.createArrayBuilder().add(betasTool))
                .add("knowledgebase_id", betasBase)
                .build().toString();

        Api.Answer answer = Api.createAssistant(Api.ALPHA, body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errors().getJsonArray("phone_number_id").getString(0))
                .isEqualTo("The selected phone number id is invalid.");
        assertThat(answer.errors().keySet()).contains("tool_ids.0", "knowledgebase_id");
    }

    @Test
    void writesNothingWhenTheCreateIsRejected() {
        long number = DemoData.freeInboundNumber(Api.ALPHA);
        String rejected = DemoData.minimalAssistant()
                .add("type", "inbound")
                .add("phone_number_id", number)
                .add("max_duration", 99999)
                .build().toString();

        Api.Answer answer = Api.createAssistant(Api.ALPHA, rejected);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errors().keySet()).containsExactly("max_duration");
        assertThat(DemoData.isOfferedForInbound(Api.ALPHA, number)).as("the number is still free").isTrue();
    }

    @Test
    void refusesACallerIdNumberForAnInboundAssistant() {
        long callerId = DemoData.phoneNumbers(Api.ALPHA, "").stream()
                .filter(n -> n.getString("type_label").equals("Caller ID")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String body = DemoData.minimalAssistant().add("type", "inbound").add("phone_number_id", callerId)
                .build().toString();

        Api.Answer answer = Api.createAssistant(Api.ALPHA, body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errors().getJsonArray("phone_number_id").getString(0))
                .isEqualTo("Caller ID numbers cannot be assigned to inbound assistants.");
    }

    private static JsonArray lookUp(String path) {
        return Api.get(path, Api.ALPHA).array();
    }

    private static long id(JsonArray items, int index) {
        return items.getJsonObject(index).getJsonNumber("id").longValue();
    }

    private static long otherLanguage() {
        long english = DemoData.english();
        return lookUp("/user/assistants/languages").stream().map(JsonValue::asJsonObject)
                .map(l -> l.getJsonNumber("id").longValue()).filter(idValue -> idValue != english)
                .findFirst().orElseThrow();
    }

}
