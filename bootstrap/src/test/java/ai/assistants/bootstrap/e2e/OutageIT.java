package ai.assistants.bootstrap.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service through a database outage, as CONTRACT.md promises it: while the database refuses
 * connections or hangs (every process frozen, as in a network partition), every request answers
 * {@code 503 Service temporarily unavailable.} with {@code Retry-After: 5} within 3 seconds and
 * {@code /health/ready} is DOWN within 3 seconds; within 5 seconds of the database's return the
 * service works again, without a restart. The server here runs on a PostgreSQL of this test's own,
 * so that stopping and freezing it touches nothing else.
 */
class OutageIT {

    private static final Duration ANSWER_BOUND = Duration.ofSeconds(3);
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(5);
    private static final int CLIENTS = 8;
    private static final String SERVER = "assistants-it-outage";
    private static final String CREATE = """
            {"name": "Outage", "voice_id": 1, "language_id": 1, "type": "outbound", "mode": "pipeline",
             "timezone": "UTC", "initial_message": "Hello", "system_prompt": "Be brief.", "llm_model_id": 2}""";

    private static final Path LIBERTY = OwnServers.LIBERTY;
    private static final Path DATA = LIBERTY.getParent().resolve("outage-postgres");

    private static int databasePort;
    private static EmbeddedPostgres database;
    private static String baseUrl;

    @BeforeAll
    static void startServerOnItsOwnDatabase() throws Exception {
        OwnServers.deleteRecursively(DATA);
        databasePort = OwnServers.freePort();
        database = startDatabase();
        int httpPort = OwnServers.freePort();
        baseUrl = "http://localhost:" + httpPort;
        Files.writeString(LIBERTY.resolve("usr/servers/" + SERVER + "/bootstrap.properties"), String.join("\n",
                "demo.data=true",
                "app.update.trigger=disabled",
                "http.port=" + httpPort,
                "https.port=" + OwnServers.freePort(),
                "db.url=jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres?stringtype=unspecified",
                "db.user=postgres",
                "db.password=postgres",
                ""));
        OwnServers.run("start", SERVER, 0);
        awaitStatus("/health/ready", 200, Duration.ofMinutes(3));
    }

    @AfterAll
    static void stopServerAndDatabase() throws Exception {
        OwnServers.run("stop", SERVER, 0, 1); // 1: it was not running
        if (database != null) {
            database.close();
        }
    }

    @Test
    void answers503QuicklyWhileTheDatabaseRefusesAndRecoversWhenItReturns() throws Exception {
        assertThat(send(create()).status()).isEqualTo(201);

        database.close();
        try {
            assertEveryRequestAnswersUnavailableInTime("refused");
        } finally {
            database = startDatabase();
        }

        assertRecoversInTime("refused");
    }

    @Test
    void answers503QuicklyWhileTheDatabaseHangsAndRecoversWhenItResumes() throws Exception {
        assertThat(send(create()).status()).isEqualTo(201);

        List<Long> frozen = databaseProcesses();
        signal("STOP", frozen);
        try {
            assertEveryRequestAnswersUnavailableInTime("hung");
        } finally {
            signal("CONT", frozen);
        }

        assertRecoversInTime("hung");
    }

    /**
     * Creates and key-authenticated look-ups from several clients at once, and readiness; then again
     * after the API key's memory (3 seconds) has ended, so that authentication itself needs the database.
     */
    private static void assertEveryRequestAnswersUnavailableInTime(String fault) throws Exception {
        List<Timed> answers = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            answers.addAll(concurrently(CLIENTS, i -> i % 2 == 0 ? create() : list()));
            Timed ready = timed(get("/health/ready"));
            assertThat(ready.answer().status()).as("readiness while the database is " + fault).isEqualTo(503);
            assertThat(ready.answer().body()).contains("\"DOWN\"");
            assertThat(ready.took()).as("readiness while the database is " + fault).isLessThan(ANSWER_BOUND);
            Thread.sleep(3_500);
        }
        for (Timed timed : answers) {
            assertThat(timed.answer().status()).as(fault + ": " + timed.answer()).isEqualTo(503);
            assertThat(timed.answer().message()).isEqualTo("Service temporarily unavailable.");
            assertThat(timed.answer().headers().firstValue("Retry-After")).hasValue("5");
            assertThat(timed.answer().headers().firstValue("X-Request-Id")).isPresent();
        }
        List<Duration> waits = answers.stream().map(Timed::took).sorted().toList();
        Duration slowest = waits.get(waits.size() - 1);
        System.out.printf("[OutageIT] database %s: %d answers, median %d ms, slowest %d ms%n", fault, waits.size(),
                waits.get(waits.size() / 2).toMillis(), slowest.toMillis());
        assertThat(slowest).as("the slowest 503 while the database is " + fault).isLessThan(ANSWER_BOUND);
    }

    private static void assertRecoversInTime(String fault) throws Exception {
        long back = System.nanoTime();
        awaitStatus("/health/ready", 200, RECOVERY_BOUND);
        Api.Answer created;
        do {
            created = send(create());
        } while (created.status() != 201 && elapsedSince(back).compareTo(RECOVERY_BOUND) < 0);
        System.out.printf("[OutageIT] database %s: working again %d ms after its return%n", fault,
                elapsedSince(back).toMillis());
        assertThat(created.status()).as("a create " + RECOVERY_BOUND + " after the database's return").isEqualTo(201);
        assertThat(send(list()).status()).isEqualTo(200);
    }

    private static List<Timed> concurrently(int clients, java.util.function.IntFunction<HttpRequest> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Timed>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                HttpRequest each = request.apply(i);
                answers.add(pool.submit(() -> timed(each)));
            }
            List<Timed> timed = new ArrayList<>();
            for (Future<Timed> answer : answers) {
                timed.add(answer.get());
            }
            return timed;
        } finally {
            pool.shutdownNow();
        }
    }

    private record Timed(Api.Answer answer, Duration took) {
    }

    private static Timed timed(HttpRequest request) {
        long start = System.nanoTime();
        Api.Answer answer = send(request);
        return new Timed(answer, elapsedSince(start));
    }

    private static HttpRequest create() {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/user/assistant"))
                .header("Authorization", "Bearer " + Api.ALPHA)
                .header("Content-Type", Api.JSON)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(CREATE))
                .build();
    }

    private static HttpRequest list() {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/user/assistants/get"))
                .header("Authorization", "Bearer " + Api.BETA)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static Api.Answer send(HttpRequest request) {
        return Api.send(request);
    }

    private static void awaitStatus(String path, int status, Duration bound) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            try {
                if (send(get(path)).status() == status) {
                    return;
                }
            } catch (RuntimeException notListeningYet) {
                // the server is still starting
            }
            assertThat(elapsedSince(start)).as(path + " answering " + status).isLessThan(bound);
            Thread.sleep(100);
        }
    }

    /** The same data directory and port each time, so that a restart is the same database coming back. */
    private static EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder()
                .setPort(databasePort)
                .setDataDirectory(DATA)
                .setCleanDataDirectory(false)
                .start();
    }

    /** The postmaster, from its pid file, and every backend and helper process it runs. */
    private static List<Long> databaseProcesses() throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(DATA.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle handle = ProcessHandle.of(postmaster).orElseThrow();
        return Stream.concat(Stream.of(handle), handle.descendants()).map(ProcessHandle::pid).toList();
    }

    private static void signal(String signal, List<Long> processes) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(pid -> command.add(Long.toString(pid)));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).as(String.join(" ", command)).isZero();
    }

    private static Duration elapsedSince(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }
}
