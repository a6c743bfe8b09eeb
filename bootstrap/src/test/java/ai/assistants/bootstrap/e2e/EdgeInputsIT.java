package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs at the edge of what JSON allows, each of which once answered 500: every one must get the
 * contract's own answer, on H2 and on PostgreSQL alike.
 */
class EdgeInputsIT {

    /** The minimal assistant with {@code member} (raw JSON text) added, so numbers reach the server as written. */
    private static String minimalWith(String name, String rawJson) {
        String minimal = DemoData.minimalAssistant().build().toString();
        return minimal.substring(0, minimal.length() - 1) + ",\"" + name + "\":" + rawJson + "}";
    }

    private static JsonObject readBack(Api.Answer created) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Api.get("/user/assistant/" + created.data().getJsonNumber("id").longValue(), Api.ALPHA).data();
    }

    @Test
    void readsWhitespaceOnlyCodesAsNotSentInsteadOfFailing() {
        long knowledgebase = DemoData.firstId(Api.get("/user/knowledgebases", Api.ALPHA).json().getJsonArray("data"));
        String body = DemoData.minimalAssistant().add("ambient_sound", " ").add("endpoint_type", "")
                .add("knowledgebase_id", knowledgebase).add("knowledgebase_mode", "  ")
                .add("reengagement_prompt", " \n ").build().toString();

        JsonObject data = readBack(Api.createAssistant(Api.ALPHA, body));

        assertThat(data.get("ambient_sound")).isEqualTo(JsonValue.NULL);
        assertThat(data.getString("endpoint_type")).isEqualTo("vad");
        assertThat(data.getString("knowledgebase_mode")).isEqualTo("function_call");
        assertThat(data.get("reengagement_prompt")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void reportsAWhitespaceOnlyIdAsRequired() {
        String body = DemoData.minimalAssistant().add("voice_id", "   ").build().toString();

        Api.Answer answer = Api.createAssistant(Api.ALPHA, body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.errors().getJsonArray("voice_id").getString(0)).isEqualTo("The voice id field is required.");
    }

    @Test
    void refusesTextNoDatabaseCanStoreOnItsField() {
        Api.Answer answer = Api.createAssistant(Api.ALPHA,
                minimalWith("variables", "{\"half\":\"\\udfff\"}").replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"a\\\\u0000b\""));

        Api.assertRefused(answer, Map.of(
                "name", "The name field format is invalid.",
                "variables.half", "The variables.half field format is invalid."));
    }

    @Test
    void storesDecimalsTooFineForTheDatabaseAsADoubleWould() {
        JsonObject data = readBack(Api.createAssistant(Api.ALPHA,
                minimalWith("voice_stability", "1e-999999999,\"variables\":{\"huge\":1e999999,\"tiny\":-1e-20000}")));

        assertThat(data.getJsonNumber("voice_stability").doubleValue()).isZero();
        assertThat(data.getJsonObject("variables").getJsonNumber("huge").doubleValue()).isEqualTo(Double.MAX_VALUE);
        assertThat(data.getJsonObject("variables").getJsonNumber("tiny").doubleValue()).isZero();
    }

    @Test
    void answersJsonBeyondTheParsersLimitsAsMalformed() {
        for (String body : List.of(minimalWith("max_duration", "1e2147483648"),
                minimalWith("variables", "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}"))) {
            Api.Answer answer = Api.createAssistant(Api.ALPHA, body);

            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.message()).isEqualTo("Malformed JSON request body.");
        }
    }

    @Test
    void describesTheDomainsRulesInTheOpenApiDocument() {
        JsonObject schemas = Api.openApiDocument().getJsonObject("components").getJsonObject("schemas");
        JsonObject request = schemas.getJsonObject("CreateAssistantRequest");
        assertThat(schemas.getJsonObject("EngineMode").getJsonArray("enum").getValuesAs(JsonValue::toString))
                .containsExactly("\"pipeline\"", "\"multimodal\"", "\"dualplex\"");
        assertThat(schemas.getJsonObject("Assistant").getJsonObject("properties").getJsonObject("mode")
                .getString("$ref")).isEqualTo("#/components/schemas/EngineMode");
        JsonObject properties = request.getJsonObject("properties");

        assertThat(request.getJsonArray("required").getValuesAs(JsonValue::toString)).contains("\"name\"", "\"voice_id\"",
                "\"language_id\"", "\"type\"", "\"mode\"", "\"timezone\"", "\"initial_message\"", "\"system_prompt\"");
        assertThat(properties.getJsonObject("name").getInt("maxLength")).isEqualTo(255);
        assertThat(properties.getJsonObject("max_duration").getInt("minimum")).isEqualTo(20);
        assertThat(properties.getJsonObject("max_duration").getInt("maximum")).isEqualTo(1200);
        assertThat(properties.getJsonObject("speech_speed").getJsonNumber("minimum").doubleValue()).isEqualTo(0.7);
        assertThat(properties.getJsonObject("mode").getJsonArray("enum").getValuesAs(JsonValue::toString))
                .containsExactlyInAnyOrder("\"pipeline\"", "\"multimodal\"", "\"dualplex\"");
        assertThat(properties.getJsonObject("tool_ids").getInt("maxItems")).isEqualTo(50);
        assertThat(properties.getJsonObject("tool_ids").getBoolean("uniqueItems")).isTrue();
        assertThat(properties.getJsonObject("variables").getInt("maxProperties")).isEqualTo(100);
        assertThat(properties.getJsonObject("max_duration").getInt("default")).isEqualTo(600);
        assertThat(properties.getJsonObject("voice_stability").getJsonNumber("default").bigDecimalValue())
                .isEqualByComparingTo("0.70");
        assertThat(properties.getJsonObject("tts_emotion_enabled").getBoolean("default")).isTrue();
        assertThat(properties.getJsonObject("endpoint_type").getString("default")).isEqualTo("vad");
    }

    @Test
    void answersAContentTypeThatIsNoMediaTypeLikeAnyOtherNonJsonType() {
        HttpRequest.Builder garbage = Api.request("/user/assistant", Api.ALPHA).header("Content-Type", "garbage")
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        Api.Answer answer = Api.send(garbage.build());
        Api.Answer anonymous = Api.send(Api.request("/user/assistant", null).header("Content-Type", "garbage")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(415);
        assertThat(answer.message()).isEqualTo("Unsupported media type. Use application/json.");
        assertThat(answer.header("X-Request-Id")).isPresent();
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
        assertThat(anonymous.message()).isEqualTo("Unauthenticated.");
    }

    @Test
    void answersJsonWhenTheAcceptHeaderCannotBeRead() {
        for (String accept : List.of("garbage", "application/json;q=abc")) {
            Api.Answer answer = Api.send(Api.request("/user/assistants/languages", Api.ALPHA).header("Accept", accept)
                    .GET().build());

            assertThat(answer.status()).as(accept + " " + answer).isEqualTo(200);
            assertThat(answer.array()).isNotEmpty();
            assertThat(answer.header("X-Request-Id")).isPresent();
        }
    }
}
