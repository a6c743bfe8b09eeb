package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CONTRACT.md's rate limits on two servers of this test's own, each on its own embedded database with
 * the demo accounts (the same ids on both), sharing one Redis: what one server counts, the other sees.
 * Small limits keep it fast: 8 requests a minute and 5 in 10 seconds per account, 4 failed
 * authentications a minute per address. The methods run in order: the accounts' counts carry over.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitIT {

    private static final String FIRST = "assistants-it-ratelimit";
    private static final String SECOND = "assistants-it-ratelimit2";
    private static final int PER_MINUTE = 8;
    private static final int BURST = 5;
    private static final int FAILED_AUTHENTICATIONS = 4;
    private static final Path LIBERTY = OwnServers.LIBERTY;
    private static final String REDIS = System.getProperty("it.redis.url", "redis://127.0.0.1:6379/0");
    /** Keys of this run only, in a Redis others may share: no count is left over from an earlier run. */
    private static final String KEY_PREFIX = "it-" + UUID.randomUUID() + ":";
    private static final String CREATE = """
            {"name": "Limited", "voice_id": 1, "language_id": 1, "type": "outbound", "mode": "pipeline",
             "timezone": "UTC", "initial_message": "Hello", "system_prompt": "Be brief.", "llm_model_id": 2}""";
    private static final String TOO_MANY = Json.createObjectBuilder()
            .add("error", "Rate limit exceeded")
            .add("message", "Too many requests. Please try again later.")
            .build().toString();

    private static String first;
    private static String second;

    @BeforeAll
    static void startTwoServersOnOneRedis() throws Exception {
        first = configure(FIRST, REDIS, BURST, FAILED_AUTHENTICATIONS);
        second = configure(SECOND, REDIS, BURST, FAILED_AUTHENTICATIONS);
        OwnServers.run("start", FIRST, 0);
        OwnServers.run("start", SECOND, 0);
        awaitReady(first);
        awaitReady(second);
    }

    @AfterAll
    static void stopServers() throws Exception {
        OwnServers.run("stop", FIRST, 0, 1); // 1: it was not running
        OwnServers.run("stop", SECOND, 0, 1);
    }

    @Test
    @Order(1)
    void everyAuthenticatedAnswerSaysWhereTheAccountStandsAndTheBurstIsRefusedWithTheContractsAnswer() {
        long now = Instant.now().getEpochSecond();
        List<Api.Answer> answers = List.of(
                send(request(first, "/api/user/assistants/get", Api.ALPHA).GET()),
                send(request(first, "/api/user/assistant", Api.ALPHA).POST(HttpRequest.BodyPublishers.ofString(CREATE))),
                send(request(first, "/api/user/assistant/987654321", Api.ALPHA).GET()),
                send(request(first, "/api/user/assistant", Api.ALPHA).POST(HttpRequest.BodyPublishers.ofString("{}"))),
                send(request(first, "/api/user/assistants/get", Api.ALPHA).GET()));
        assertThat(answers).extracting(Api.Answer::status).containsExactly(200, 201, 404, 422, 200);
        for (Api.Answer answer : answers) {
            // the 10-second limit has fewer requests left than the minute's: the headers describe it
            assertThat(answer.header("X-RateLimit-Limit")).as(answer.toString()).hasValue(Integer.toString(BURST));
            // one back every 2 s: a slow create may have given one back meanwhile
            assertThat(Long.parseLong(answer.header("X-RateLimit-Remaining").orElseThrow()))
                    .as(answer.toString()).isBetween(0L, BURST - 1L);
            assertThat(Long.parseLong(answer.header("X-RateLimit-Reset").orElseThrow()))
                    .isBetween(now, Instant.now().getEpochSecond() + 11);
        }
        assertThat(answers.get(0).header("X-RateLimit-Remaining")).hasValue(Integer.toString(BURST - 1));

        Api.Answer refused;
        int more = 0;
        do {
            refused = send(request(first, "/api/user/assistants/get", Api.ALPHA).GET());
        } while (refused.status() == 200 && ++more < BURST);
        assertTooManyRequests(refused, 1, 2);
        assertThat(refused.header("X-RateLimit-Limit")).hasValue(Integer.toString(BURST));
        assertThat(refused.header("X-RateLimit-Remaining")).hasValue("0");
        assertThat(refused.header("X-Request-Id")).isPresent();
    }

    @Test
    @Order(2)
    void twoServersOnOneRedisCountAnAccountTogether() {
        // each server on its own would allow 2 x 5; together they allow 5, plus one every 2 s meanwhile
        long start = System.nanoTime();
        List<String> servers = List.of(first, second);
        int allowed = 0;
        Api.Answer answer;
        do {
            answer = send(request(servers.get(allowed % 2), "/api/user/assistants/get", Api.BETA).GET());
            allowed += answer.status() == 200 ? 1 : 0;
        } while (answer.status() == 200 && allowed < 2 * BURST);
        long elapsedSeconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertTooManyRequests(answer, 1, 2);
        assertThat(allowed).as("allowed in %d s by both servers", elapsedSeconds)
                .isLessThanOrEqualTo(BURST + (int) elapsedSeconds / 2 + 1)
                .isLessThan(2 * BURST);
        assertTooManyRequests(send(request(servers.get((allowed + 1) % 2), "/api/user/assistants/get", Api.BETA).GET()), 1, 2);
    }

    @Test
    @Order(3)
    void theMinuteLimitHoldsOnceTheBurstHasRefilled() throws InterruptedException {
        // alpha took 5 of its 8 a minute in the first test; the 10-second limit gives one back every 2 s
        Api.Answer answer;
        int allowed = 0;
        do {
            Thread.sleep(2_100);
            answer = send(request(first, "/api/user/assistants/get", Api.ALPHA).GET());
            allowed += answer.status() == 200 ? 1 : 0;
        } while (answer.status() == 200 && allowed < 2 * PER_MINUTE);
        assertThat(allowed).isBetween(PER_MINUTE - BURST, PER_MINUTE);
        assertTooManyRequests(answer, 1, 8);
        assertThat(answer.header("X-RateLimit-Limit")).as("the minute's limit refused").hasValue(Integer.toString(PER_MINUTE));
        assertThat(answer.header("X-RateLimit-Remaining")).hasValue("0");
    }

    @Test
    @Order(4)
    void failedAuthenticationsAreLimitedPerAddressOnEveryServer() {
        for (int i = 0; i < FAILED_AUTHENTICATIONS; i++) {
            Api.Answer answer = send(request(first, "/api/user/assistants/get", "guess-" + i).GET());
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.message()).isEqualTo("Unauthenticated.");
        }
        assertTooManyRequests(send(request(first, "/api/user/assistants/get", "guess-x").GET()), 1, 15);
        // no header at all is a failed authentication too
        assertTooManyRequests(send(HttpRequest.newBuilder(URI.create(first + "/api/user/assistants/get"))
                .timeout(Duration.ofSeconds(10)).GET()), 1, 15);
        // an address over its limit learns nothing, not even that a key is right
        assertTooManyRequests(send(request(first, "/api/user/assistants/get", Api.BETA).GET()), 1, 15);
        // the other server counts the same failures
        assertTooManyRequests(send(request(second, "/api/user/assistants/get", "guess-y").GET()), 1, 15);
    }

    /**
     * The second server again, now with the 10-second and the failed-authentication limits off, and a
     * Redis that does not answer: it counts on its own, without waiting, and the minute's limit holds.
     */
    @Test
    @Order(5)
    void zeroTurnsALimitOffAndAnUnreachableRedisLeavesEachServerCountingOnItsOwn() throws Exception {
        OwnServers.run("stop", SECOND, 0);
        second = configure(SECOND, "redis://127.0.0.1:" + OwnServers.freePort() + "/0", 0, 0);
        OwnServers.run("start", SECOND, 0);
        awaitReady(second);

        for (int i = 0; i < 2 * FAILED_AUTHENTICATIONS; i++) {
            assertThat(send(request(second, "/api/user/assistants/get", "guess-" + i).GET()).status()).isEqualTo(401);
        }
        List<Api.Answer> answers = new ArrayList<>();
        for (int i = 0; i < PER_MINUTE; i++) {
            long start = System.nanoTime();
            Api.Answer answer = send(request(second, "/api/user/assistants/get", Api.BETA).GET());
            // the first authenticated request of a fresh server is slower on a busy machine
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("an answer without Redis")
                    .isLessThan(Duration.ofSeconds(i == 0 ? 3 : 1));
            answers.add(answer);
        }
        assertThat(answers).extracting(Api.Answer::status).containsOnly(200);
        assertThat(answers).extracting(answer -> answer.header("X-RateLimit-Limit").orElseThrow())
                .containsOnly(Integer.toString(PER_MINUTE));
        assertThat(answers.get(PER_MINUTE - 1).header("X-RateLimit-Remaining")).hasValue("0");
        assertTooManyRequests(send(request(second, "/api/user/assistants/get", Api.BETA).GET()), 1, 8);
    }

    private static void assertTooManyRequests(Api.Answer answer, long atLeast, long atMost) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(429);
        long retryAfter = Long.parseLong(answer.header("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(atLeast, atMost);
        assertThat(answer.json()).isEqualTo(Json.createReader(new java.io.StringReader(
                TOO_MANY.substring(0, TOO_MANY.length() - 1) + ",\"retry_after\":" + retryAfter + "}")).readObject());
        assertThat(answer.header("Content-Type").orElseThrow()).startsWith(Api.JSON);
    }

    private static String configure(String server, String redis, int burst, int failedAuthentications) throws IOException {
        int httpPort = OwnServers.freePort();
        Files.writeString(LIBERTY.resolve("usr/servers/" + server + "/bootstrap.properties"), String.join("\n",
                "demo.data=true",
                "app.update.trigger=disabled",
                "http.port=" + httpPort,
                "https.port=" + OwnServers.freePort(),
                "ratelimit.minute=" + PER_MINUTE,
                "ratelimit.burst=" + burst,
                "ratelimit.auth.minute=" + failedAuthentications,
                "ratelimit.redis.url=" + redis,
                "ratelimit.redis.prefix=" + KEY_PREFIX,
                ""));
        return "http://localhost:" + httpPort;
    }

    private static HttpRequest.Builder request(String base, String path, String apiKey) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", Api.JSON)
                .timeout(Duration.ofSeconds(30));
    }

    private static Api.Answer send(HttpRequest.Builder request) {
        return Api.send(request.build());
    }

    private static void awaitReady(String base) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/health/ready")).timeout(Duration.ofSeconds(10)).GET().build();
        while (System.nanoTime() < deadline) {
            try {
                if (Api.send(ready).status() == 200) {
                    return;
                }
            } catch (RuntimeException notListeningYet) {
                // the server is still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError(base + " was not ready in time; see " + LIBERTY + "/usr/servers/*ratelimit*/logs");
    }
}
