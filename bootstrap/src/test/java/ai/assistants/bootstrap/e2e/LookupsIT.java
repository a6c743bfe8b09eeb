package ai.assistants.bootstrap.e2e;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each look-up answers a bare array of exactly the contract's fields. */
class LookupsIT {

    private static JsonArray lookUp(String path, String apiKey) {
        Api.Answer answer = Api.get(path, apiKey);
        assertThat(answer.status()).as(path + " " + answer).isEqualTo(200);
        assertThat(answer.header("Content-Type")).get().asString().startsWith("application/json");
        return answer.array();
    }

    private static void assertFields(JsonArray items, String... fields) {
        assertThat(items).isNotEmpty();
        for (JsonValue item : items) {
            assertThat(item.asJsonObject().keySet()).containsExactlyInAnyOrder(fields);
        }
    }

    @Test
    void listsTheDemoLanguages() {
        JsonArray languages = lookUp("/user/assistants/languages", Api.ALPHA);

        assertFields(languages, "id", "name", "iso_2");
        assertThat(languages.stream().map(l -> l.asJsonObject().getString("iso_2")))
                .contains("en", "de", "es", "fr", "ro");
    }

    @Test
    void listsVoicesByModeAndLanguage() {
        long english = DemoData.english();
        JsonArray all = lookUp("/user/assistants/voices", Api.ALPHA);
        JsonArray pipeline = lookUp("/user/assistants/voices?mode=pipeline&language_id=" + english, Api.ALPHA);
        JsonArray multimodal = lookUp("/user/assistants/voices?mode=multimodal", Api.ALPHA);

        assertFields(all, "id", "name", "language_id", "gender", "preview_url", "accent", "age",
                "synthesizer_provider_id");
        assertThat(pipeline).allSatisfy(v -> assertThat(v.asJsonObject().getJsonNumber("language_id").longValue())
                .isEqualTo(english));
        List<Long> anyLanguagePipeline = ids(lookUp("/user/assistants/voices?mode=pipeline", Api.ALPHA));
        assertThat(ids(multimodal)).as("native voices usable only in multimodal")
                .anyMatch(id -> !anyLanguagePipeline.contains(id));
        assertThat(all.size()).isGreaterThanOrEqualTo(pipeline.size());
    }

    @Test
    void listsLlmsWithoutACodeAndMultimodalModelsWithOne() {
        JsonArray byDefault = lookUp("/user/assistants/models", Api.ALPHA);
        JsonArray llms = lookUp("/user/assistants/models?type=llm", Api.ALPHA);
        JsonArray multimodal = lookUp("/user/assistants/models?type=multimodal", Api.ALPHA);
        JsonArray dualplex = lookUp("/user/assistants/models?type=dualplex", Api.ALPHA);

        assertThat(byDefault).isEqualTo(llms);
        assertThat(llms.size()).isGreaterThanOrEqualTo(2);
        assertFields(llms, "id", "name");
        assertFields(multimodal, "id", "name", "code");
        assertThat(multimodal.size()).isGreaterThan(dualplex.size());
    }

    @Test
    void listsSpeechProvidersByLanguage() {
        long english = DemoData.english();

        assertFields(lookUp("/user/assistants/synthesizer-providers", Api.ALPHA), "id", "name", "code");
        assertFields(lookUp("/user/assistants/synthesizer-providers?language_id=" + english, Api.ALPHA),
                "id", "name", "code");
        assertFields(lookUp("/user/assistants/transcriber-providers?language_id=" + english, Api.ALPHA),
                "id", "name", "code");
        assertThat(lookUp("/user/assistants/synthesizer-providers?language_id=999999", Api.ALPHA)).isEmpty();
    }

    @Test
    void listsOnlyTheCallersPhoneNumbers() {
        JsonArray alpha = lookUp("/user/assistants/phone-numbers", Api.ALPHA);
        JsonArray beta = lookUp("/user/assistants/phone-numbers", Api.BETA);

        assertFields(alpha, "id", "phone_number", "country_code", "type_label", "is_available");
        assertThat(labels(alpha)).contains("Normal", "SIP", "Caller ID");
        assertThat(alpha).allSatisfy(n -> assertThat(n.asJsonObject().get("is_available").getValueType())
                .isIn(JsonValue.ValueType.TRUE, JsonValue.ValueType.FALSE));
        assertThat(ids(alpha)).doesNotContainAnyElementsOf(ids(beta));
    }

    @Test
    void leavesCallerIdNumbersOutOfTheInboundListing() {
        JsonArray inbound = lookUp("/user/assistants/phone-numbers?type=inbound", Api.ALPHA);
        JsonArray outbound = lookUp("/user/assistants/phone-numbers?type=outbound", Api.ALPHA);

        assertThat(labels(inbound)).doesNotContain("Caller ID");
        assertThat(labels(outbound)).contains("Caller ID");
    }

    @Test
    void listsOnlyTheCallersToolsAndKnowledgeBases() {
        JsonArray alphaTools = lookUp("/user/tools", Api.ALPHA);
        JsonArray betaTools = lookUp("/user/tools", Api.BETA);
        JsonArray alphaBases = Api.get("/user/knowledgebases", Api.ALPHA).json().getJsonArray("data");
        JsonArray betaBases = Api.get("/user/knowledgebases", Api.BETA).json().getJsonArray("data");

        assertFields(alphaTools, "id", "name", "description", "endpoint", "method", "timeout", "headers", "schema",
                "created_at", "updated_at");
        assertThat(alphaTools.size()).isGreaterThanOrEqualTo(2);
        assertThat(ids(alphaTools)).doesNotContainAnyElementsOf(ids(betaTools));
        assertFields(alphaBases, "id", "name", "description", "status", "status_label", "documents_count",
                "assistants_count", "created_at", "updated_at");
        assertThat(ids(alphaBases)).doesNotContainAnyElementsOf(ids(betaBases));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/user/assistants/voices?mode=foo                  | mode        | The selected mode is invalid.",
            "/user/assistants/voices?language_id=x             | language_id | The language id field must be an integer.",
            "/user/assistants/models?type=tts                  | type        | The selected type is invalid.",
            "/user/assistants/synthesizer-providers?language_id=x | language_id | The language id field must be an integer.",
            "/user/assistants/transcriber-providers?language_id=1.5 | language_id | The language id field must be an integer.",
            "/user/assistants/phone-numbers?type=both          | type        | The selected type is invalid.",
    })
    void answersAnInvalidFilterWith422OnThatParameter(String path, String parameter, String message) {
        Api.Answer answer = Api.get(path, Api.ALPHA);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.message()).isEqualTo("Validation failed");
        assertThat(answer.errors().keySet()).containsExactly(parameter);
        assertThat(answer.errors().getJsonArray(parameter).getString(0)).isEqualTo(message);
    }

    @Test
    void reportsEveryInvalidFilterTogether() {
        Api.Answer answer = Api.get("/user/assistants/voices?mode=foo&language_id=x", Api.ALPHA);

        assertThat(answer.errors().keySet()).containsExactlyInAnyOrder("mode", "language_id");
    }

    private static List<Long> ids(JsonArray items) {
        return items.stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static Set<String> labels(JsonArray numbers) {
        return Set.copyOf(numbers.stream().map(JsonValue::asJsonObject).map(n -> n.getString("type_label")).toList());
    }

}
