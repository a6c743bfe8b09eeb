package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The six webhook helpers: partial updates of the webhook fields, answered with {@code data: []}. */
class WebhookHelpersIT {

    private static long create() {
        Api.Answer created = Api.createAssistant(Api.ALPHA, DemoData.minimalAssistant().build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().getJsonNumber("id").longValue();
    }

    private static JsonObject read(long id) {
        return Api.get("/user/assistant/" + id, Api.ALPHA).data();
    }

    private static Api.Answer call(String helper, String body) {
        return Api.post("/user/assistants/" + helper, Api.ALPHA, body);
    }

    private static void assertDone(Api.Answer answer, String message) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json()).isEqualTo(Json.createObjectBuilder().add("message", message)
                .add("data", Json.createArrayBuilder()).build());
    }

    @Test
    void enablesAndDisablesTheWebhookAndRepeatingIsFine() {
        long id = create();
        String enable = "{\"assistant_id\": " + id + ", \"webhook_url\": \"https://hooks.example.com/calls\"}";

        assertDone(call("enable-webhook", enable), "Webhook enabled successfully");
        assertDone(call("enable-webhook", enable), "Webhook enabled successfully");
        assertThat(read(id).getBoolean("is_webhook_active")).isTrue();
        assertThat(read(id).getString("webhook_url")).isEqualTo("https://hooks.example.com/calls");

        assertDone(call("disable-webhook", "{\"assistant_id\": " + id + "}"), "Webhook disabled successfully");
        assertDone(call("disable-webhook", "{\"assistant_id\": " + id + "}"), "Webhook disabled successfully");
        assertThat(read(id).getBoolean("is_webhook_active")).isFalse();
        assertThat(read(id).isNull("webhook_url")).isTrue();
    }

    @Test
    void setsAndClearsTheInboundWebhookUrl() {
        long id = create();

        assertDone(call("enable-inbound-webhook", "{\"assistant_id\": " + id + ", \"webhook_url\": \"https://hooks.example.com/in\"}"),
                "Webhook enabled successfully");
        assertThat(read(id).getString("inbound_webhook_url")).isEqualTo("https://hooks.example.com/in");
        assertThat(read(id).getBoolean("is_webhook_active")).as("the main webhook is another switch").isFalse();

        assertDone(call("disable-inbound-webhook", "{\"assistant_id\": " + id + "}"), "Inbound webhook disabled successfully");
        assertThat(read(id).isNull("inbound_webhook_url")).isTrue();
    }

    @Test
    void setsAndClearsTheConversationEndedWebhookUrl() {
        long id = create();

        assertDone(call("enable-conversation-ended-webhook",
                        "{\"assistant_id\": " + id + ", \"webhook_url\": \"https://hooks.example.com/ended\"}"),
                "Conversation ended webhook enabled successfully");
        assertThat(read(id).getString("conversation_ended_webhook_url")).isEqualTo("https://hooks.example.com/ended");

        assertDone(call("disable-conversation-ended-webhook", "{\"assistant_id\": " + id + "}"),
                "Conversation ended webhook disabled successfully");
        assertThat(read(id).isNull("conversation_ended_webhook_url")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"enable-webhook", "enable-inbound-webhook", "enable-conversation-ended-webhook"})
    void refusesAMissingOrBadUrlKeyedAsTheBodyNamesIt(String helper) {
        long id = create();
        JsonObject before = read(id);

        Api.assertRefused(call(helper, "{\"assistant_id\": " + id + "}"),
                Map.of("webhook_url", "The webhook url field is required."));
        Api.assertRefused(call(helper, "{\"assistant_id\": " + id + ", \"webhook_url\": \"ftp://hooks.example.com\"}"),
                Map.of("webhook_url", "The webhook url field must be a valid URL."));
        Api.assertRefused(call(helper, "{\"assistant_id\": " + id + ", \"webhook_url\": \"http://127.0.0.1/hook\"}"),
                Map.of("webhook_url", "The webhook url field must be a valid URL."));
        Api.assertRefused(call(helper, "{\"assistant_id\": " + id + ", \"webhook_url\": \"https://hooks.example.com/"
                        + "a".repeat(2048) + "\"}"),
                Map.of("webhook_url", "The webhook url field must not be greater than 2048 characters."));
        assertThat(read(id)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"enable-webhook", "disable-webhook", "enable-inbound-webhook", "disable-inbound-webhook",
            "enable-conversation-ended-webhook", "disable-conversation-ended-webhook"})
    void needsTheAssistantIdOfOneOfTheCallersAssistants(String helper) {
        String url = ", \"webhook_url\": \"https://hooks.example.com/x\"";
        Api.assertRefused(call(helper, "{" + url.substring(2) + "}"),
                Map.of("assistant_id", "The assistant id field is required."));
        Api.assertRefused(call(helper, "{\"assistant_id\": \"seven\"" + url + "}"),
                Map.of("assistant_id", "The assistant id field must be an integer."));

        long betas = Api.createAssistant(Api.BETA, DemoData.minimalAssistant().build().toString())
                .data().getJsonNumber("id").longValue();
        for (long id : new long[]{betas, 0, Long.MAX_VALUE / 2}) {
            Api.Answer answer = call(helper, "{\"assistant_id\": " + id + url + "}");
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.message()).isEqualTo("Assistant not found");
        }
        assertThat(Api.get("/user/assistant/" + betas, Api.BETA).data().isNull("webhook_url")).isTrue();
    }
}
