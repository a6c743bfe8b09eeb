package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** inbound_webhook_url: an assistant field like the others, under the webhook URL rules, on H2 and PostgreSQL. */
class InboundWebhookUrlIT {

    private static JsonObject readBack(Api.Answer created) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Api.get("/user/assistant/" + created.data().getJsonNumber("id").longValue(), Api.ALPHA).data();
    }

    @Test
    void isNullWhenNeverSet() {
        JsonObject data = readBack(Api.createAssistant(Api.ALPHA, DemoData.minimalAssistant().build().toString()));

        assertThat(data).containsKey("inbound_webhook_url");
        assertThat(data.get("inbound_webhook_url")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void storesTheUrlSentOnCreateAndReadsItBack() {
        String url = "https://hooks.example.com/inbound?assistant=1";
        JsonObject data = readBack(Api.createAssistant(Api.ALPHA,
                DemoData.minimalAssistant().add("inbound_webhook_url", url).build().toString()));

        assertThat(data.getString("inbound_webhook_url")).isEqualTo(url);
        assertThat(data.get("conversation_ended_webhook_url")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void readsABlankUrlAsNotSent() {
        JsonObject data = readBack(Api.createAssistant(Api.ALPHA,
                DemoData.minimalAssistant().add("inbound_webhook_url", "  ").build().toString()));

        assertThat(data.get("inbound_webhook_url")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void refusesWhatTheWebhookUrlRulesRefuse() {
        for (String url : new String[] {"ftp://hooks.example.com/in", "not a url", "http://localhost:8080/in",
                "http://192.168.1.10/in", "http://[::1]/in"}) {
            Api.Answer answer = Api.createAssistant(Api.ALPHA,
                    DemoData.minimalAssistant().add("inbound_webhook_url", url).build().toString());

            Api.assertRefused(answer, Map.of("inbound_webhook_url", "The inbound webhook url field must be a valid URL."));
        }
        Api.Answer tooLong = Api.createAssistant(Api.ALPHA, DemoData.minimalAssistant()
                .add("inbound_webhook_url", "https://example.com/" + "a".repeat(2029)).build().toString());
        Api.assertRefused(tooLong,
                Map.of("inbound_webhook_url", "The inbound webhook url field must not be greater than 2048 characters."));
        Api.Answer notText = Api.createAssistant(Api.ALPHA,
                DemoData.minimalAssistant().add("inbound_webhook_url", 42).build().toString());
        Api.assertRefused(notText, Map.of("inbound_webhook_url", "The inbound webhook url field must be a string."));
    }

    @Test
    void reportsItAfterTheOtherWebhookFieldsAndBeforeTheEvaluation() {
        String body = DemoData.minimalAssistant().add("post_call_evaluation", "yes")
                .add("inbound_webhook_url", "mailto:a@b.c").add("conversation_ended_webhook_url", "mailto:a@b.c")
                .add("webhook_url", "mailto:a@b.c").build().toString();

        Api.Answer answer = Api.createAssistant(Api.ALPHA, body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.errors().keySet()).containsExactly("webhook_url", "conversation_ended_webhook_url",
                "inbound_webhook_url", "post_call_evaluation");
    }

    @Test
    void isDescribedInTheOpenApiRequestAndResponse() {
        JsonObject schemas = Api.openApiDocument().getJsonObject("components").getJsonObject("schemas");

        JsonObject requested = schemas.getJsonObject("CreateAssistantRequest").getJsonObject("properties")
                .getJsonObject("inbound_webhook_url");
        assertThat(requested).as("CreateAssistantRequest.inbound_webhook_url").isNotNull();
        assertThat(requested.getInt("maxLength")).isEqualTo(2048);
        assertThat(schemas.getJsonObject("Assistant").getJsonObject("properties").containsKey("inbound_webhook_url"))
                .isTrue();
    }
}
