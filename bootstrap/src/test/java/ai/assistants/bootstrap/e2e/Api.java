package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A client of the running server, as an API consumer sees it: status, headers and JSON. */
final class Api {

    static final String ALPHA = "demo-key-alpha";
    static final String BETA = "demo-key-beta";
    static final String JSON = "application/json";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private Api() {
    }

    /** Waits until the server at {@code base} answers {@code /health/ready} with 200 (its logs are under {@code serverName}). */
    static String awaitReady(String base, String serverName) {
        return Readiness.awaitReady(base, serverName, serverName);
    }

    /** The stage's server, once it is ready. */
    static String baseUrl() {
        return FirstServer.BASE_URL;
    }

    static URI uri(String path) {
        return URI.create(FirstServer.BASE_URL + "/api" + path);
    }

    static HttpRequest.Builder request(String path, String apiKey) {
        return request(uri(path), apiKey);
    }

    /**
     * A second server on the same database as the first, for the rules that must hold across
     * instances. Only the PostgreSQL stage has one; a test that needs it fails without it.
     */
    static URI uriOnSecondServer(String path) {
        return URI.create(SecondServer.BASE_URL + "/api" + path);
    }

    static HttpRequest.Builder requestOnSecondServer(String path, String apiKey) {
        return request(uriOnSecondServer(path), apiKey);
    }

    static Answer getFromSecondServer(String path, String apiKey) {
        return send(requestOnSecondServer(path, apiKey).GET().build());
    }

    static Answer createAssistantOnSecondServer(String apiKey, String json) {
        return send(requestOnSecondServer("/user/assistant", apiKey).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpRequest.Builder request(URI uri, String apiKey) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (apiKey != null) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        return builder;
    }

    /** The server's OpenAPI document, as JSON; it is served outside {@code /api}. */
    static JsonObject openApiDocument() {
        URI openapi = URI.create(FirstServer.BASE_URL + "/openapi");
        Answer answer = send(HttpRequest.newBuilder(openapi).header("Accept", JSON).GET().build());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    static Answer get(String path, String apiKey) {
        return send(request(path, apiKey).GET().build());
    }

    static Answer post(String path, String apiKey, String json) {
        return send(request(path, apiKey).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static Answer put(String path, String apiKey, String json) {
        return send(request(path, apiKey).header("Content-Type", JSON)
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static Answer updateAssistant(String apiKey, long id, String json) {
        return put("/user/assistant/" + id, apiKey, json);
    }

    /** A DELETE without a body, sent with {@code Content-Type: application/json} as real clients send it. */
    static Answer delete(String path, String apiKey) {
        return send(request(path, apiKey).header("Content-Type", JSON).DELETE().build());
    }

    static Answer createAssistant(String apiKey, String json) {
        return post("/user/assistant", apiKey, json);
    }

    /** Asserts that the answer is a 422 whose errors are exactly these fields, each with its one message. */
    static void assertRefused(Answer answer, Map<String, String> messageByField) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        var errors = Json.createObjectBuilder();
        messageByField.forEach((field, message) -> errors.add(field, Json.createArrayBuilder().add(message)));
        assertThat(answer.errors()).isEqualTo(errors.build());
    }

    static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The server the stage started: its start goal waits for the server, not for the application, which
     * a loaded machine may still be starting; the first use waits, once, until it is ready.
     */
    private static final class FirstServer {

        static final String BASE_URL = Readiness.awaitReady(System.getProperty("it.base.url", "http://localhost:9180"),
                "the stage's server", "assistants-it (or assistants-it-pg)");
    }

    /**
     * The second server starts in the background while the first suites run (bootstrap/pom.xml),
     * so its first use waits, once, until it is ready.
     */
    private static final class SecondServer {

        static final String BASE_URL = Readiness.awaitReady(System.getProperty("it.second.base.url"),
                "it.second.base.url: the second server, started by the PostgreSQL stage", "assistants-it-pg2");
    }

    private static final class Readiness {

        private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

        static String awaitReady(String base, String what, String serverName) {
            assertThat(base).as(what).isNotBlank();
            HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                    .timeout(Duration.ofSeconds(10)).GET().build();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    if (CLIENT.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return base;
                    }
                } catch (IOException notListeningYet) {
                    // the server is still starting
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                pause();
            }
            throw new AssertionError("The server at " + base + " was not ready within " + START_TIMEOUT
                    + "; see bootstrap/target/liberty/wlp/usr/servers/" + serverName + "/logs");
        }

        private static void pause() {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    record Answer(int status, java.net.http.HttpHeaders headers, String body) {

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        JsonObject data() {
            return json().getJsonObject("data");
        }

        String message() {
            return json().getString("message");
        }

        JsonObject errors() {
            return json().getJsonObject("errors");
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
