package ai.assistants.bootstrap.e2e;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the servlet container refuses before the API sees it answers in the API's error shape: JSON
 * with a {@code message} and a request id, no HTML, no class names, no stack trace in the log.
 */
class ContainerErrorsIT {

    private static final String BASE_URL = Api.baseUrl();

    @Test
    void answersAPathNoApplicationServesWithJson404() {
        for (String path : List.of("/nonexistent", "/", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF",
                "/ai/assistants/bootstrap/AssistantsApplication.class", "/container-error",
                "/api/%2E%2E/WEB-INF/web.xml")) {
            Api.Answer answer = get(path);

            assertThat(answer.status()).as(path).isEqualTo(404);
            assertIsTheApisErrorShape(answer, "Not found.");
        }
    }

    @Test
    void answersAnEncodedDotOrSlashInThePathWithJson400() {
        for (String path : List.of("/api/user/assistant/%2e%2e", "/api/user/assistant/..%2f..%2fWEB-INF%2fweb.xml",
                "/api/user/assistant/%5c")) {
            Api.Answer answer = get(path);

            assertThat(answer.status()).as(path).isEqualTo(400);
            assertIsTheApisErrorShape(answer, "Bad request.");
        }
    }

    @Test
    void echoesTheClientsRequestIdOnAContainerError() {
        String id = "trace-" + UUID.randomUUID();

        Api.Answer answer = Api.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/nonexistent"))
                .header("X-Request-Id", id).GET().build());

        assertThat(answer.headers().firstValue("X-Request-Id")).hasValue(id);
    }

    @Test
    void logsNoStackTraceForAClientsMalformedUrl() throws IOException {
        String marker = "malformed-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(get("/api/user/assistant/%2e%2e" + marker).status()).isEqualTo(400);
        assertThat(get("/" + marker).status()).isEqualTo(404);

        Path logs = Path.of(System.getProperty("it.server.logs"));
        try (var files = Files.list(logs)) {
            for (Path log : files.filter(file -> file.getFileName().toString().endsWith(".log")).toList()) {
                List<String> mentions = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                        .filter(line -> line.contains(marker)).toList();
                if (log.getFileName().toString().equals("access.log")) {
                    assertThat(mentions).as(log.toString()).allMatch(line -> line.startsWith("GET /"));
                } else {
                    assertThat(mentions).as("%s: only the JSON console's access lines name the URL", log)
                            .allMatch(line -> line.startsWith("{\"type\":\"liberty_accesslog\""));
                }
            }
        }
    }

    private static Api.Answer get(String path) {
        return Api.send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).GET().build());
    }

    private static void assertIsTheApisErrorShape(Api.Answer answer, String message) {
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(answer.message()).isEqualTo(message);
        assertThat(answer.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(answer.headers().map()).doesNotContainKey("$WSEP");
        assertThat(answer.body()).doesNotContain("com.ibm", "Exception", "SRVE", "CWWWC", "<");
    }
}
