package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator reads: one access line per request (method, path, status, duration, request id) in
 * logs/access.log and, with JSON console logging (this stage's server runs with it), as a JSON line of
 * its own; and no secret a client sent, in any log file.
 */
class LogsIT {

    private static final Path LOGS = Path.of(System.getProperty("it.server.logs"));
    private static final Duration LOG_FLUSH = Duration.ofSeconds(15);

    @Test
    void aCreateAndARefusalEachLeaveAnAccessLineWithTheirRequestId() {
        String created = "logs-201-" + UUID.randomUUID();
        String refused = "logs-422-" + UUID.randomUUID();

        assertThat(createWithRequestId(DemoData.minimalAssistant().build().toString(), created).status()).isEqualTo(201);
        assertThat(createWithRequestId("{}", refused).status()).isEqualTo(422);

        assertThat(awaitLine("access.log", created)).matches(
                "POST /api/user/assistant 201 \\d+ " + Pattern.quote(created));
        assertThat(awaitLine("access.log", refused)).matches(
                "POST /api/user/assistant 422 \\d+ " + Pattern.quote(refused));
    }

    @Test
    void theConsoleWritesEachAccessAsAJsonLine() {
        String refused = "logs-json-" + UUID.randomUUID();

        assertThat(createWithRequestId("{}", refused).status()).isEqualTo(422);

        JsonObject line = Json.createReader(new StringReader(awaitLine("console.log", refused))).readObject();
        assertThat(line.getString("type")).isEqualTo("liberty_accesslog");
        assertThat(line.getString("ibm_requestMethod")).isEqualTo("POST");
        assertThat(line.getString("ibm_uriPath")).isEqualTo("/api/user/assistant");
        assertThat(line.getInt("ibm_responseCode")).isEqualTo(422);
        assertThat(line.getString("ibm_responseHeader_x-request-id")).isEqualTo(refused);
        assertThat(line.getJsonNumber("ibm_requestElapsedTime").longValue()).isPositive();
    }

    @Test
    void noSecretARequestSentReachesAnyLogFile() {
        String calcomKey = "cal_live_" + UUID.randomUUID().toString().replace("-", "");
        String unknownApiKey = "unknown-key-" + UUID.randomUUID();
        String marker = "logs-secret-" + UUID.randomUUID();
        String withSecret = DemoData.minimalAssistant().add("tools", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("type", "calendar_integration").add("calcom_api_key", calcomKey)
                .add("calcom_event_slug", "intro-call"))).build().toString();
        String refusedWithSecret = DemoData.minimalAssistant().add("tools", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("type", "calendar_integration").add("calcom_api_key", calcomKey))).build().toString();

        assertThat(createWithRequestId(withSecret, marker + "-201").status()).isEqualTo(201);
        assertThat(createWithRequestId(refusedWithSecret, marker + "-422").status()).isEqualTo(422);
        assertThat(Api.send(Api.request("/user/assistants/languages", unknownApiKey)
                .header("X-Request-Id", marker + "-401").GET().build()).status()).isEqualTo(401);

        awaitLine("access.log", marker + "-401");
        for (Path log : logFiles()) {
            assertThat(read(log)).as(log.toString()).doesNotContain(calcomKey, unknownApiKey, Api.ALPHA);
        }
    }

    private static Api.Answer createWithRequestId(String json, String requestId) {
        return Api.send(Api.request("/user/assistant", Api.ALPHA).header("X-Request-Id", requestId)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** The access log is written behind the answer: the line may come a moment after the client has it. */
    private static String awaitLine(String file, String requestId) {
        Instant deadline = Instant.now().plus(LOG_FLUSH);
        while (true) {
            Optional<String> line = read(LOGS.resolve(file)).lines().filter(candidate -> candidate.contains(requestId))
                    .reduce((first, second) -> {
                        throw new AssertionError("two lines in " + file + " for request " + requestId);
                    });
            if (line.isPresent()) {
                return line.get();
            }
            assertThat(Instant.now()).as("a line for request %s in %s", requestId, file).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<Path> logFiles() {
        try (var files = Files.walk(LOGS)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
