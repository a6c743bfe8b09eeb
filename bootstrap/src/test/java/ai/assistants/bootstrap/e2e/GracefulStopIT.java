package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor's stop under load (systemd, Kubernetes): SIGTERM to the server's JVM while clients on
 * kept-alive connections create assistants and look them up. The server stops listening and finishes
 * what it has accepted: every request it read gets its whole answer, none a 5xx, and the JVM is gone
 * within 10 seconds. A request the server never read (sent on a connection it had closed, or to a
 * listener that is gone) may fail on the client's side; the access log, which has a line for every
 * request the server answered, tells the two apart by the request id each request carries. Afterwards
 * the server starts again on the same database: every acknowledged create is there, and nothing else was
 * created.
 */
class GracefulStopIT {

    private static final String SERVER = "assistants-it-stop";
    /** The default database, the embedded one in the server's own folder: read back after a restart. */
    private static final Path DATA = OwnServers.directory(SERVER).resolve("data");
    private static final Path LOGS = OwnServers.directory(SERVER).resolve("logs");
    private static final int CLIENTS = 12;
    private static final int ANSWERS_BEFORE_THE_SIGNAL = 300;
    private static final Duration STOP_BOUND = Duration.ofSeconds(10);
    private static final String CREATE = """
            {"name": "Graceful %s", "voice_id": 1, "language_id": 1, "type": "outbound", "mode": "pipeline",
             "timezone": "UTC", "initial_message": "Hello", "system_prompt": "Be brief.", "llm_model_id": 2}""";
    private static final Pattern ACCESS_LINE = Pattern.compile("\\S+ \\S+ (\\d{3}) \\d+ (\\S+)");

    private static String baseUrl;

    /** One request as its client saw it. */
    private record Exchange(String requestId, boolean create, long sentAt, long endedAt, int status, String body,
                            IOException failure) {

        boolean answered() {
            return failure == null;
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        OwnServers.run("stop", SERVER, 0, 1); // 1: it was not running
    }

    @Test
    void sigtermFinishesEveryAcceptedRequestAndExitsWithinTenSeconds() throws Exception {
        OwnServers.deleteRecursively(DATA);
        int httpPort = OwnServers.freePort();
        baseUrl = "http://localhost:" + httpPort;
        Files.writeString(OwnServers.directory(SERVER).resolve("bootstrap.properties"), String.join("\n",
                "demo.data=true",
                "app.update.trigger=disabled",
                "http.port=" + httpPort,
                "https.port=-1",
                "ratelimit.minute=1000000",
                "ratelimit.burst=1000000",
                "ratelimit.auth.minute=1000000",
                ""));
        Files.deleteIfExists(LOGS.resolve("access.log"));
        OwnServers.run("start", SERVER, 0);
        Api.awaitReady(baseUrl, SERVER);
        long assistantsBefore = total();
        ProcessHandle jvm = OwnServers.jvm(SERVER);

        ConcurrentLinkedQueue<Exchange> exchanges = new ConcurrentLinkedQueue<>();
        AtomicLong answered = new AtomicLong();
        CountDownLatch loaded = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            boolean creates = i % 3 != 2;
            clients.submit(() -> keepSending(creates, exchanges, answered, loaded));
        }
        assertThat(loaded.await(3, TimeUnit.MINUTES)).as("%d answers under load", ANSWERS_BEFORE_THE_SIGNAL).isTrue();

        long signalledAt = System.nanoTime();
        assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(jvm.pid())).start().waitFor()).isZero();
        boolean exited = jvm.onExit().thenApply(any -> true)
                .completeOnTimeout(false, STOP_BOUND.toMillis(), TimeUnit.MILLISECONDS).get();
        long exitedAfterMillis = Duration.ofNanos(System.nanoTime() - signalledAt).toMillis();
        clients.shutdown();
        boolean clientsStopped = clients.awaitTermination(1, TimeUnit.MINUTES);
        clients.shutdownNow();

        List<Exchange> all = List.copyOf(exchanges);
        Set<String> answeredByTheServer = accessLogRequestIds();
        List<Exchange> inFlightAtTheSignal = all.stream()
                .filter(exchange -> exchange.sentAt() < signalledAt && exchange.endedAt() > signalledAt).toList();
        List<Exchange> failed = all.stream().filter(exchange -> !exchange.answered()).toList();
        System.out.printf("[%s] %d requests, %d in flight at SIGTERM (%d of them answered), %d not answered"
                        + " (%d refused at connect, the others closed before the server read them),"
                        + " JVM gone %d ms after SIGTERM%n",
                getClass().getSimpleName(), all.size(), inFlightAtTheSignal.size(),
                inFlightAtTheSignal.stream().filter(Exchange::answered).count(), failed.size(),
                failed.stream().filter(exchange -> refusedAtConnect(exchange.failure())).count(), exitedAfterMillis);

        assertThat(exited).as("the JVM exits within %s of SIGTERM", STOP_BOUND).isTrue();
        assertThat(clientsStopped).as("every client has stopped").isTrue();
        assertThat(Files.readString(LOGS.resolve("messages.log"))).contains("CWWKE0036I");
        assertThat(all.stream().filter(Exchange::answered).filter(exchange -> exchange.status() >= 500))
                .as("answers 5xx").isEmpty();
        assertThat(all.stream().filter(Exchange::answered)
                .filter(exchange -> exchange.status() != (exchange.create() ? 201 : 200)))
                .as("answers other than the success each request asks for").isEmpty();
        assertThat(inFlightAtTheSignal.stream().filter(Exchange::answered))
                .as("requests the signal found in flight and that were answered: the test must catch some")
                .isNotEmpty();
        assertThat(failed).as("requests the server answered (access log) but the client never got")
                .noneMatch(exchange -> answeredByTheServer.contains(exchange.requestId()));
        assertThat(failed).as("requests that failed before the signal")
                .allMatch(exchange -> exchange.endedAt() > signalledAt);

        List<Long> acknowledged = all.stream().filter(Exchange::answered).filter(Exchange::create)
                .map(exchange -> parse(exchange.body()).getJsonObject("data").getJsonNumber("id").longValue())
                .toList();
        OwnServers.run("start", SERVER, 0);
        Api.awaitReady(baseUrl, SERVER);
        assertThat(total() - assistantsBefore).as("assistants created: exactly the acknowledged ones")
                .isEqualTo(acknowledged.size());
        for (long id : acknowledged) {
            assertThat(send(request("/user/assistant/" + id).GET().build()).statusCode()).as("assistant %d", id)
                    .isEqualTo(200);
        }
    }

    /**
     * One client on one kept-alive connection, until the server no longer takes connections. A closed
     * connection is opened again, as every HTTP client's pool does.
     */
    private static void keepSending(boolean creates, ConcurrentLinkedQueue<Exchange> exchanges, AtomicLong answered,
                                    CountDownLatch loaded) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        while (true) {
            String requestId = UUID.randomUUID().toString();
            HttpRequest.Builder request = request(creates ? "/user/assistant" : "/user/assistants/languages")
                    .header("X-Request-Id", requestId);
            request = creates ? request.POST(HttpRequest.BodyPublishers.ofString(CREATE.formatted(requestId)))
                    .header("Content-Type", Api.JSON) : request.GET();
            long sentAt = System.nanoTime();
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                exchanges.add(new Exchange(requestId, creates, sentAt, System.nanoTime(), response.statusCode(),
                        response.body(), null));
                if (answered.incrementAndGet() == ANSWERS_BEFORE_THE_SIGNAL) {
                    loaded.countDown();
                }
            } catch (IOException failure) {
                exchanges.add(new Exchange(requestId, creates, sentAt, System.nanoTime(), 0, null, failure));
                if (refusedAtConnect(failure)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean refusedAtConnect(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /** The request id of every request the server answered: the access log's last field. */
    private static Set<String> accessLogRequestIds() throws IOException {
        try (Stream<String> lines = Files.lines(LOGS.resolve("access.log"))) {
            return lines.map(ACCESS_LINE::matcher).filter(Matcher::matches).map(line -> line.group(2))
                    .collect(Collectors.toSet());
        }
    }

    private static long total() throws Exception {
        HttpResponse<String> page = send(request("/user/assistants/get?per_page=1").GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        return parse(page.body()).getJsonNumber("total").longValue();
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api" + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Api.ALPHA).header("Accept", Api.JSON);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
