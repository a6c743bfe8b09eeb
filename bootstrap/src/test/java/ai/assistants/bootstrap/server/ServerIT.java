package ai.assistants.bootstrap.server;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The real WAR on a started Liberty: what an operator and a client generator rely on. */
class ServerIT {

    private static final String BASE_URL = System.getProperty("it.base.url", "http://localhost:9180");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void isReadyOnceTheDatabaseIsMigrated() throws Exception {
        HttpResponse<String> response = get("/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getJsonObject(0).getString("name")).isEqualTo("database");
    }

    @Test
    void isLive() throws Exception {
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void servesItsOpenApiDescription() throws Exception {
        HttpResponse<String> response = get("/openapi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("openapi: 3.").contains("/api/user/assistant")
                .contains("operationId: createAssistant", "operationId: getAssistant", "operationId: listVoices",
                        "operationId: deleteAssistant")
                .contains("AssistantTransferTargetConflict:", "assistant_ids:");
    }
}
