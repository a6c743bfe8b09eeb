package ai.assistants.bootstrap.e2e;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document names every operation the API serves, with its answers described. */
class OpenApiIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void everyOperationHasAUniqueOperationIdAndDescribedAnswers() {
        Map<String, String> operationByPathAndMethod = new TreeMap<>();
        List<String> undescribed = new ArrayList<>();
        JsonObject document = Api.openApiDocument();
        JsonObject shared = document.getJsonObject("components").getJsonObject("responses");
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            JsonObject op = operation.asJsonObject();
            operationByPathAndMethod.put(method.toUpperCase() + " " + path, op.getString("operationId", null));
            op.getJsonObject("responses").forEach((status, answer) -> {
                // an answer every operation shares is described once, in components/responses
                String shareRef = answer.asJsonObject().getString("$ref", "");
                JsonObject response = shareRef.isEmpty() ? answer.asJsonObject()
                        : shared.getJsonObject(shareRef.substring(shareRef.lastIndexOf('/') + 1));
                if (response == null || response.getString("description", "").isBlank()) {
                    undescribed.add(method + " " + path + " " + status);
                }
            });
        }));

        assertThat(operationByPathAndMethod).doesNotContainValue(null);
        assertThat(Set.copyOf(operationByPathAndMethod.values())).hasSameSizeAs(operationByPathAndMethod.values());
        assertThat(undescribed).isEmpty();
        assertThat(operationByPathAndMethod).containsAllEntriesOf(Map.ofEntries(
                Map.entry("POST /api/user/assistant", "createAssistant"),
                Map.entry("GET /api/user/assistant/{id}", "getAssistant"),
                Map.entry("PUT /api/user/assistant/{id}", "updateAssistant"),
                Map.entry("DELETE /api/user/assistant/{id}", "deleteAssistant"),
                Map.entry("GET /api/user/assistants/get", "listAssistantsPaginated"),
                Map.entry("GET /api/user/assistants", "listAssistants"),
                Map.entry("GET /api/user/assistants/outbound", "listOutboundAssistants"),
                Map.entry("POST /api/user/assistants/enable-webhook", "enableWebhook"),
                Map.entry("POST /api/user/assistants/disable-webhook", "disableWebhook"),
                Map.entry("POST /api/user/assistants/enable-inbound-webhook", "enableInboundWebhook"),
                Map.entry("POST /api/user/assistants/disable-inbound-webhook", "disableInboundWebhook"),
                Map.entry("POST /api/user/assistants/enable-conversation-ended-webhook", "enableConversationEndedWebhook"),
                Map.entry("POST /api/user/assistants/disable-conversation-ended-webhook", "disableConversationEndedWebhook")));
    }

    @Test
    void describesThePartialUpdateAndItsVersionHeaders() {
        JsonObject document = Api.openApiDocument();
        JsonObject put = document.getJsonObject("paths").getJsonObject("/api/user/assistant/{id}").getJsonObject("put");
        JsonObject update = document.getJsonObject("components").getJsonObject("schemas")
                .getJsonObject("UpdateAssistantRequest");

        assertThat(put.getJsonObject("responses").keySet()).contains("200", "404", "412", "422");
        assertThat(put.getJsonObject("responses").getJsonObject("200").getJsonObject("headers").keySet()).contains("ETag");
        assertThat(put.getJsonArray("parameters").getValuesAs(JsonObject.class))
                .anySatisfy(parameter -> assertThat(parameter.getString("name")).isEqualTo("If-Match"));
        assertThat(update.containsKey("required")).as("nothing is required in a partial update").isFalse();
        assertThat(update.getJsonObject("properties").keySet()).contains("name", "max_duration", "tools", "status");
    }
}
