package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CONTRACT.md, "Idempotent creates", under a crash: a server is killed (SIGKILL) while clients
 * create through it with idempotency keys, and every client retries on another server on the same
 * database. Every key then names exactly one assistant, each answer given before the crash is
 * replayed as it was, and a create committed but never answered is replayed, not repeated. Runs
 * in the PostgreSQL stage, whose server is the other instance.
 */
class IdempotentCreatesAcrossACrashIT {

    private static final String SERVER = "assistants-it-crash";
    private static final Path LIBERTY = Path.of(System.getProperty("it.liberty.dir", "target/liberty/wlp"));
    private static final int CLIENTS = 16;
    /** Past the 30 seconds after which the other instance takes over a claim its dead server left. */
    private static final Duration RETRY_FOR = Duration.ofSeconds(60);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private static String crashingServer;

    private record Attempt(String key, String name, String body, Optional<HttpResponse<String>> answer) {
    }

    @BeforeAll
    static void startTheServerThatWillDie() throws Exception {
        crashingServer = System.getProperty("it.crash.base.url");
        assertThat(crashingServer).as("it.crash.base.url, set by the PostgreSQL stage").isNotBlank();
        server("start");
        Api.awaitReady(crashingServer, SERVER);
    }

    @AfterAll
    static void stopItIfItLives() throws Exception {
        server("stop");
    }

    @Test
    void everyKeyNamesOneAssistantAfterAServerDiesMidCreateAndTheClientsRetryElsewhere() throws Exception {
        String apiKey = Operators.newKey(Operators.newAccount("Crash " + UUID.randomUUID()));
        String run = "crash-" + UUID.randomUUID() + "-";
        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        JsonObject assistant = DemoData.minimalAssistant().build();
        AtomicBoolean dead = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            int c = client;
            clients.submit(() -> {
                for (int i = 0; !dead.get(); i++) {
                    String name = run + c + "-" + i;
                    String key = UUID.randomUUID().toString();
                    String body = Json.createObjectBuilder(assistant).add("name", name).build().toString();
                    attempts.add(new Attempt(key, name, body, send(post(crashingServer, apiKey, key, body))));
                }
            });
        }
        long answered;
        do {
            Thread.sleep(200);
            answered = attempts.stream().filter(a -> a.answer().isPresent()).count();
        } while (answered < 50);
        kill(SERVER);
        dead.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        int replayedAnswers = 0;
        int committedButUnanswered = 0;
        int neverCommitted = 0;
        for (Attempt attempt : attempts) {
            HttpResponse<String> retry = retriedElsewhere(apiKey, attempt);
            assertThat(retry.statusCode()).as(attempt.name() + ": " + retry.body()).isEqualTo(201);
            boolean replayed = retry.headers().firstValue("Idempotent-Replayed").isPresent();
            if (attempt.answer().isPresent() && attempt.answer().get().statusCode() == 201) {
                assertThat(replayed).as(attempt.name()).isTrue();
                assertThat(retry.body()).isEqualTo(attempt.answer().get().body());
                replayedAnswers++;
            } else if (replayed) {
                committedButUnanswered++;
            } else {
                neverCommitted++;
            }
        }
        System.out.printf("[%s] %d creates: %d answered before the kill and replayed, %d committed but unanswered"
                        + " (replayed on the retry), %d not committed (created by the retry)%n",
                getClass().getSimpleName(), attempts.size(), replayedAnswers, committedButUnanswered, neverCommitted);

        Map<String, Integer> assistantsByName = assistantsNamedLike(run + "%");
        assertThat(assistantsByName).hasSize(attempts.size());
        assertThat(assistantsByName.values()).allMatch(count -> count == 1);
    }

    private static HttpResponse<String> retriedElsewhere(String apiKey, Attempt attempt) throws InterruptedException {
        long deadline = System.nanoTime() + RETRY_FOR.toNanos();
        while (true) {
            HttpResponse<String> retry = send(post(Api.baseUrl(), apiKey, attempt.key(), attempt.body()))
                    .orElseThrow(() -> new AssertionError("the surviving server did not answer"));
            boolean stillHeld = retry.statusCode() == 409 && Json.createReader(new java.io.StringReader(retry.body()))
                    .readObject().getString("message").equals("A request with this idempotency key is still being processed.");
            if (!stillHeld || System.nanoTime() > deadline) {
                return retry;
            }
            Thread.sleep(1000);
        }
    }

    private static HttpRequest post(String base, String apiKey, String key, String body) {
        return HttpRequest.newBuilder(URI.create(base + "/api/user/assistant")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + apiKey).header("Content-Type", Api.JSON)
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The answer, or empty when the connection broke (the server died) before one came. */
    private static Optional<HttpResponse<String>> send(HttpRequest request) {
        try {
            return Optional.of(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException diedMeanwhile) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Integer> assistantsNamedLike(String pattern) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(System.getProperty("it.database.url"),
                System.getProperty("it.database.user"), System.getProperty("it.database.password"));
             PreparedStatement query = connection.prepareStatement(
                     "SELECT name, count(*) FROM assistants WHERE name LIKE ? GROUP BY name")) {
            query.setString(1, pattern);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    private static void kill(String server) throws Exception {
        Path pidFile = LIBERTY.resolve("usr/servers/.pid/" + server + ".pid");
        String pid = Files.readString(pidFile).trim();
        List<String> command = new ArrayList<>(List.of("kill", "-KILL", pid));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).as(String.join(" ", command)).isZero();
    }

    private static void server(String action) throws Exception {
        Process process = new ProcessBuilder(LIBERTY.resolve("bin/server").toString(), action, SERVER)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            process.waitFor(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
