package ai.assistants.adapters.rest.assistant;

import ai.assistants.adapters.rest.catalog.CatalogDtos;
import ai.assistants.adapters.rest.json.JsonbConfiguration;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantProfiles;
import ai.assistants.domain.assistant.AssistantStatus;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The mapping and the JSON-B settings together: what a client of GET /user/assistant/{id} reads. */
class AssistantResponseMapperTest {

    private static final Instant CREATED = Instant.parse("2026-01-31T09:30:00Z");

    private final AssistantResponseMapper mapper = new AssistantResponseMapperImpl();
    private final Jsonb jsonb = JsonbConfiguration.create();

    private JsonObject rendered(Assistant assistant) {
        String json = jsonb.toJson(new AssistantEnvelopes.Found(mapper.toData(assistant)));
        return Json.createReader(new StringReader(json)).readObject().getJsonObject("data");
    }

    private static Assistant stored(ai.assistants.domain.assistant.AssistantProfile profile) {
        return ai.assistants.domain.assistant.Assistants.stored(new AssistantId(7), new AccountId(1), AssistantStatus.INACTIVE, profile,
                CREATED, CREATED.plusSeconds(60));
    }

    @Test
    void writesEveryFieldFlatInSnakeCaseWithItsJsonKind() {
        JsonObject data = rendered(stored(AssistantProfiles.full()));

        assertThat(data.getJsonNumber("id").longValue()).isEqualTo(7);
        assertThat(data.getString("status")).isEqualTo("inactive");
        assertThat(data.getString("type")).isEqualTo("inbound");
        assertThat(data.getString("mode")).isEqualTo("pipeline");
        assertThat(data.getString("created_at")).isEqualTo("2026-01-31T09:30:00Z");
        assertThat(data.getString("updated_at")).isEqualTo("2026-01-31T09:31:00Z");
        assertThat(data.get("voice_stability").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER);
        assertThat(data.getJsonNumber("voice_stability").bigDecimalValue()).isEqualByComparingTo("0.8");
        assertThat(data.getJsonNumber("max_duration").intValue()).isEqualTo(900);
        assertThat(data.get("is_webhook_active")).isEqualTo(JsonValue.TRUE);
        assertThat(data.getString("inbound_webhook_url")).isEqualTo("https://hooks.example.com/inbound");
        assertThat(data.get("record")).isEqualTo(JsonValue.TRUE);
        assertThat(data.get("allow_interruptions")).isEqualTo(JsonValue.FALSE);
        assertThat(data.getString("knowledgebase_mode")).isEqualTo("prompt");
        assertThat(data.getJsonNumber("knowledgebase_id").longValue()).isEqualTo(1);
        assertThat(data.getString("endpoint_type")).isEqualTo("ai");
        assertThat(data.getString("ambient_sound")).isEqualTo("office");
        assertThat(data.getJsonObject("filler_config").getJsonArray("positive").getString(0)).isEqualTo("Great");
        assertThat(data.getJsonArray("post_call_schema").getJsonObject(0).getString("name")).isEqualTo("outcome");
        assertThat(data.keySet()).doesNotContain("available", "webhook_active", "voice", "engine", "profile");
    }

    @Test
    void keepsVariablesInTheirOrderAndKind() {
        JsonObject variables = rendered(stored(AssistantProfiles.full())).getJsonObject("variables");

        assertThat(variables.keySet()).containsExactly("company_name", "max_discount", "vip");
        assertThat(variables.getString("company_name")).isEqualTo("Acme");
        assertThat(variables.get("max_discount").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER);
        assertThat(variables.get("vip")).isEqualTo(JsonValue.TRUE);
    }

    @Test
    void writesEachToolWithItsTypeFirstAndItsSecretMasked() {
        JsonArray tools = rendered(stored(AssistantProfiles.full())).getJsonArray("tools");

        assertThat(tools).hasSize(7);
        assertThat(tools.getJsonObject(0).keySet()).containsExactly("type", "description");
        assertThat(tools.getJsonObject(0).getString("type")).isEqualTo("end_call");
        JsonObject keypad = tools.getJsonObject(4);
        assertThat(keypad.getString("type")).isEqualTo("collect_keypad");
        assertThat(keypad.get("timeout").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER);
        JsonObject calendar = tools.getJsonObject(5);
        assertThat(calendar.getString("calcom_api_key")).isEqualTo("****abcd");
        assertThat(calendar.get("calcom_custom_endpoint")).isEqualTo(JsonValue.NULL);
        assertThat(calendar.getJsonArray("calcom_booking_fields").getJsonObject(0).get("required"))
                .isEqualTo(JsonValue.TRUE);
        assertThat(tools.getJsonObject(6).get("speak_transfer_greeting")).isEqualTo(JsonValue.FALSE);
    }

    @Test
    void writesNeverSetOptionalFieldsAsNull() {
        JsonObject data = rendered(stored(AssistantProfiles.minimal()));

        for (String field : new String[] {"knowledgebase_id", "knowledgebase_mode", "phone_number_id",
                "multimodal_model_id", "chat_llm_fallback_id", "turn_detection_threshold", "filler_config",
                "max_initial_silence_duration", "min_interrupt_words", "ambient_sound", "webhook_url",
                "reengagement_prompt", "voice_mail_message", "conversation_ended_webhook_url", "inbound_webhook_url",
                "secondary_language_ids", "tool_ids", "tools", "post_call_schema", "variables"}) {
            assertThat(data.get(field)).as(field).isEqualTo(JsonValue.NULL);
        }
        assertThat(data.getJsonNumber("speech_speed").toString()).isEqualTo("1.00");
    }

    @Test
    void answersACreateWithTheShortSummary() {
        String json = jsonb.toJson(new AssistantEnvelopes.Created(AssistantEnvelopes.CREATED,
                mapper.toSummary(stored(AssistantProfiles.minimal()))));

        assertThat(Json.createReader(new StringReader(json)).readObject()).isEqualTo(Json.createObjectBuilder()
                .add("message", "Assistant created successfully")
                .add("data", Json.createObjectBuilder().add("id", 7).add("name", "Support line")
                        .add("status", "inactive").add("type", "outbound").add("mode", "pipeline"))
                .build());
    }

    @Test
    void namesTheLanguageCodeIso2AndThePhoneNumbersAvailabilityIsAvailable() {
        String language = jsonb.toJson(new CatalogDtos.LanguageItem(1, "English", "en"));
        String number = jsonb.toJson(new CatalogDtos.PhoneNumberItem(1, "+4072", "RO", "Caller ID", false));

        assertThat(language).isEqualTo("{\"id\":1,\"iso_2\":\"en\",\"name\":\"English\"}");
        assertThat(Json.createReader(new StringReader(number)).readObject().keySet())
                .containsExactlyInAnyOrder("id", "phone_number", "country_code", "type_label", "is_available");
    }
}
