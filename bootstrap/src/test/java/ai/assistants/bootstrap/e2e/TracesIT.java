package ai.assistants.bootstrap.e2e;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Traces as an operator switches them on, with OTEL_* variables in server.env only, on a server of this
 * test's own: a create is one trace, the request's server span with a client span per SQL statement below
 * it, and no secret of the request in any span. Spans go to two exporters at once: Liberty's log
 * (messages.log, as OTEL_TRACES_EXPORTER=logging writes them) and a Zipkin receiver in this test,
 * because only Zipkin's format names each span's parent. The client sends a W3C traceparent, so the
 * test knows the trace's id and the server span's parent before any span exists.
 */
class TracesIT {

    private static final String SERVER = "assistants-it-traces";
    private static final String SERVICE_NAME = "assistants-traces-it";
    private static final Path LOGS = OwnServers.directory(SERVER).resolve("logs");
    private static final int HTTP_PORT = Integer.getInteger("it.traces.http.port", 9281);
    private static final String BASE_URL = "http://localhost:" + HTTP_PORT;
    private static final Duration EXPORT_BOUND = Duration.ofSeconds(20);
    /** LoggingSpanExporter's line: {@code 'name' : traceId spanId KIND [tracer: scope:version] attributes}. */
    private static final Pattern LOGGED_SPAN = Pattern.compile(
            "'(.*)' : ([0-9a-f]{32}) ([0-9a-f]{16}) ([A-Z]+) \\[tracer: ([^:\\]]*)[^\\]]*] (.*)");

    private static final List<JsonObject> zipkinSpans = new CopyOnWriteArrayList<>();
    private static HttpServer zipkin;

    @BeforeAll
    static void startTracedServer() throws Exception {
        zipkin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        zipkin.createContext("/api/v2/spans", exchange -> {
            boolean gzipped = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
            try (InputStream body = gzipped ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                Json.createReader(body).readArray().forEach(span -> zipkinSpans.add(span.asJsonObject()));
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        zipkin.start();

        Path server = OwnServers.directory(SERVER);
        Files.writeString(server.resolve("server.env"), String.join("\n",
                "OTEL_SDK_DISABLED=false",
                "OTEL_SERVICE_NAME=" + SERVICE_NAME,
                "OTEL_TRACES_EXPORTER=logging,zipkin",
                "OTEL_EXPORTER_ZIPKIN_ENDPOINT=http://127.0.0.1:" + zipkin.getAddress().getPort() + "/api/v2/spans",
                "OTEL_BSP_SCHEDULE_DELAY=200",
                // /metrics already serves the metrics, and the logs stay Liberty's: only traces are exported
                "OTEL_METRICS_EXPORTER=none",
                "OTEL_LOGS_EXPORTER=none",
                ""));
        Files.writeString(server.resolve("bootstrap.properties"), String.join("\n",
                "demo.data=true",
                "app.update.trigger=disabled",
                "http.port=" + HTTP_PORT,
                "https.port=-1",
                "db.url=jdbc:h2:mem:assistants-it-traces;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                        + "LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1;IGNORE_UNKNOWN_SETTINGS=TRUE",
                "db.user=sa",
                "db.password=sa",
                ""));
        Files.deleteIfExists(LOGS.resolve("messages.log"));
        OwnServers.run("start", SERVER, 0);
        awaitReady(Duration.ofMinutes(3));
    }

    @AfterAll
    static void stopTracedServer() throws Exception {
        OwnServers.run("stop", SERVER, 0, 1); // 1: it was not running
        if (zipkin != null) {
            zipkin.stop(0);
        }
    }

    @Test
    void aCreateIsOneTraceOfItsRequestSpanWithItsSqlStatementsBelowIt() {
        String traceId = randomHex(16);
        String clientSpanId = randomHex(8);
        String calcomKey = "cal_live_" + UUID.randomUUID().toString().replace("-", "");

        Api.Answer created = Api.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/api/user/assistant"))
                .header("Authorization", "Bearer " + Api.ALPHA)
                .header("Content-Type", Api.JSON)
                .header("traceparent", "00-" + traceId + "-" + clientSpanId + "-01")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(createWithCalendarTool(calcomKey)))
                .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        List<LoggedSpan> logged = await("the create's spans in messages.log", () -> loggedSpans(traceId),
                spans -> spans.stream().anyMatch(span -> span.kind().equals("SERVER"))
                        && spans.stream().anyMatch(span -> span.name().equals("INSERT assistants")));
        LoggedSpan request = single(logged, span -> span.kind().equals("SERVER"));
        assertThat(request.name()).isEqualTo("POST /api/user/assistant");
        List<LoggedSpan> statements = logged.stream().filter(span -> span.kind().equals("CLIENT")).toList();
        assertThat(statements).extracting(LoggedSpan::name).contains("SELECT api_keys", "INSERT assistants");
        for (LoggedSpan statement : statements) {
            assertThat(statement.scope()).isEqualTo("ai.assistants.persistence");
            String operation = statement.name().split(" ")[0];
            assertThat(statement.attributes()).as(statement.toString()).contains("db.system=h2",
                    "db.operation.name=" + operation, "db.query.text=" + operation + " ");
        }
        assertThat(single(statements, span -> span.name().equals("SELECT api_keys")).attributes())
                .containsPattern("db\\.query\\.text=SELECT .*FROM api_keys .*WHERE .*\\?");
        assertThat(read(LOGS.resolve("messages.log"))).doesNotContain(calcomKey, Api.ALPHA);

        // Zipkin names parents: the request's span continues the client's, every statement is below the request's
        Map<String, JsonObject> trace = await("the create's spans at the Zipkin receiver", () -> zipkinSpans(traceId),
                spans -> spans.keySet().containsAll(logged.stream().map(LoggedSpan::spanId).toList()));
        assertThat(trace.get(request.spanId()).getString("parentId")).isEqualTo(clientSpanId);
        for (LoggedSpan statement : statements) {
            assertThat(ancestors(trace, statement.spanId())).as(statement.name()).contains(request.spanId());
        }
        assertThat(trace.values()).allSatisfy(span -> assertThat(span.toString()).doesNotContain(calcomKey, Api.ALPHA));
    }

    @Test
    void theDefaultConfigurationExportsNoSpan() {
        Path mainServerLogs = Path.of(System.getProperty("it.server.logs"));
        String traceId = randomHex(16);
        Api.Answer listed = Api.send(Api.request("/user/assistants/get", Api.ALPHA)
                .header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01").GET().build());
        assertThat(listed.status()).isEqualTo(200);
        // a logged span is written as the request's span ends, a moment after the answer
        sleep(2_000);

        String log = read(mainServerLogs.resolve("messages.log"));
        assertThat(log).contains("CWMOT5100I").containsPattern("not configured to generate traces for the assistants application");
        assertThat(log).doesNotContain(traceId);
        assertThat(LOGGED_SPAN.matcher(log).find()).as("a span line in the main server's messages.log").isFalse();
    }

    /** The spans of the trace that messages.log holds so far. */
    private static List<LoggedSpan> loggedSpans(String traceId) {
        return read(LOGS.resolve("messages.log")).lines().map(LOGGED_SPAN::matcher).filter(Matcher::find)
                .map(m -> new LoggedSpan(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)))
                .filter(span -> span.traceId().equals(traceId))
                .toList();
    }

    private record LoggedSpan(String name, String traceId, String spanId, String kind, String scope, String attributes) {
    }

    private static Map<String, JsonObject> zipkinSpans(String traceId) {
        return zipkinSpans.stream().filter(span -> span.getString("traceId").equals(traceId))
                .collect(Collectors.toMap(span -> span.getString("id"), span -> span, (first, again) -> first));
    }

    /** The span's parent, its parent's parent, ... as far as the trace holds them. */
    private static List<String> ancestors(Map<String, JsonObject> trace, String spanId) {
        List<String> ancestors = new java.util.ArrayList<>();
        JsonObject span = trace.get(spanId);
        while (span != null && span.containsKey("parentId")) {
            String parent = span.getString("parentId");
            ancestors.add(parent);
            span = trace.get(parent);
        }
        return ancestors;
    }

    private static <T> T single(List<T> items, Predicate<T> condition) {
        List<T> matching = items.stream().filter(condition).toList();
        assertThat(matching).as("exactly one of %s", items).hasSize(1);
        return matching.get(0);
    }

    private static <T> T await(String what, Supplier<T> read, Predicate<T> done) {
        Instant deadline = Instant.now().plus(EXPORT_BOUND);
        while (true) {
            T value = read.get();
            if (done.test(value)) {
                return value;
            }
            assertThat(Instant.now()).as("%s (so far: %s)", what, value).isBefore(deadline);
            sleep(200);
        }
    }

    /** The demo account's first voice, language and model (ids 1, 1, 2), and a tool with a secret. */
    private static String createWithCalendarTool(String calcomKey) {
        return Json.createObjectBuilder()
                .add("name", "Traced").add("voice_id", 1).add("language_id", 1).add("type", "outbound")
                .add("mode", "pipeline").add("timezone", "UTC").add("initial_message", "Hello")
                .add("system_prompt", "Be brief.").add("llm_model_id", 2)
                .add("tools", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "calendar_integration").add("calcom_api_key", calcomKey)
                        .add("calcom_event_slug", "intro-call")))
                .build().toString();
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static void awaitReady(Duration bound) {
        Instant deadline = Instant.now().plus(bound);
        while (true) {
            try {
                if (Api.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/health/ready")).GET().build()).status() == 200) {
                    return;
                }
            } catch (RuntimeException notListeningYet) {
                // the server is still starting
            }
            assertThat(Instant.now()).as(SERVER + " ready").isBefore(deadline);
            sleep(200);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
