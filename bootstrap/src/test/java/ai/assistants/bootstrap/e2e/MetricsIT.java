package ai.assistants.bootstrap.e2e;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator's Prometheus scrapes from {@code /metrics}, without an API key: requests per route and
 * status with a latency histogram, the JDBC pool, the JVM, and the service's own counters. Other suites
 * run beside this one, so counts are compared as "went up", never as exact totals.
 */
class MetricsIT {

    private static final String CREATE_ROUTE = "/api/user/assistant";

    @Test
    void countsACreateAndARefusalByRouteStatusAndRule() {
        List<Sample> before = scrape();

        assertThat(Api.createAssistant(Api.ALPHA, DemoData.minimalAssistant().build().toString()).status()).isEqualTo(201);
        assertThat(Api.createAssistant(Api.ALPHA, "{}").status()).isEqualTo(422);

        List<Sample> after = scrape();
        assertThat(value(after, "assistants_created_total", Map.of("mp_scope", "application")))
                .isGreaterThanOrEqualTo(value(before, "assistants_created_total", Map.of("mp_scope", "application")) + 1);
        assertThat(value(after, "refusals_total", Map.of("mp_scope", "application", "rule", "required")))
                .isGreaterThanOrEqualTo(value(before, "refusals_total", Map.of("mp_scope", "application", "rule", "required")) + 1);
        for (String status : List.of("201", "422")) {
            Map<String, String> request = Map.of("http_route", CREATE_ROUTE, "http_request_method", "POST",
                    "http_response_status_code", status);
            assertThat(value(after, "http_server_request_duration_seconds_count", request)).as(status)
                    .isGreaterThanOrEqualTo(value(before, "http_server_request_duration_seconds_count", request) + 1);
            assertThat(after).as("the latency histogram of %s", status).anyMatch(sample ->
                    sample.name().equals("http_server_request_duration_seconds_bucket")
                            && sample.has(request) && "+Inf".equals(sample.labels().get("le")));
        }
    }

    @Test
    void showsTheDatabasePoolAndTheJvm() {
        List<Sample> samples = scrape();

        Map<String, String> pool = Map.of("datasource", "jdbc_assistants");
        for (String name : List.of("connectionpool_managedConnections", "connectionpool_connectionHandles",
                "connectionpool_queuedRequests_total", "connectionpool_waitTime_total_seconds")) {
            assertThat(samples).as(name).anyMatch(sample -> sample.name().equals(name) && sample.has(pool));
        }
        for (String name : List.of("memory_usedHeap_bytes", "gc_total", "thread_count", "cpu_processCpuTime_seconds")) {
            assertThat(samples).as(name).anyMatch(sample -> sample.name().equals(name));
        }
    }

    private static List<Sample> scrape() {
        Api.Answer answer = Api.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/metrics")).GET().build());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        return answer.body().lines().filter(Predicate.not(line -> line.isBlank() || line.startsWith("#")))
                .map(Sample::parse).toList();
    }

    /** The sample's value, 0 when the series does not exist yet (a counter before its first count). */
    private static double value(List<Sample> samples, String name, Map<String, String> labels) {
        List<Sample> matching = samples.stream().filter(sample -> sample.name().equals(name) && sample.has(labels)).toList();
        assertThat(matching).as("%s%s", name, labels).hasSizeLessThanOrEqualTo(1);
        return matching.isEmpty() ? 0 : matching.get(0).value();
    }

    /** One line of Prometheus' text format: {@code name{label="value",...} number}. */
    private record Sample(String name, Map<String, String> labels, double value) {

        private static final Pattern LINE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)");
        private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

        static Sample parse(String line) {
            Matcher matcher = LINE.matcher(line);
            assertThat(matcher.matches()).as(line).isTrue();
            Map<String, String> labels = new LinkedHashMap<>();
            if (matcher.group(2) != null) {
                Matcher label = LABEL.matcher(matcher.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            return new Sample(matcher.group(1), labels, Double.parseDouble(matcher.group(3)));
        }

        boolean has(Map<String, String> wanted) {
            return labels.entrySet().containsAll(wanted.entrySet());
        }
    }
}
