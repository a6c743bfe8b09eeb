package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Function;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two servers on one database, as a deployment with several instances runs: what one instance
 * stores the other reads alike, and the rules that races could break hold across them, because
 * the database enforces them rather than one server's memory. Runs in the PostgreSQL stage only.
 */
class TwoInstancesIT {

    private static final int RACERS = 16;
    /** The contract's bound on how long a revoked key may still be accepted, by any instance. */
    private static final Duration REVOCATION_BOUND = Duration.ofSeconds(5);

    @Test
    void refusesARevokedKeyOnBothServersWithinFiveSecondsThoughEachHadJustAcceptedIt() throws Exception {
        String key = "revoked-" + UUID.randomUUID();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(StandardCharsets.UTF_8)));
        inTheSharedDatabase("INSERT INTO api_keys (account_id, key_hash) VALUES (2, '" + hash + "')");
        assertThat(Api.get("/user/assistants/languages", key).status()).isEqualTo(200);
        assertThat(Api.getFromSecondServer("/user/assistants/languages", key).status()).isEqualTo(200);

        inTheSharedDatabase("DELETE FROM api_keys WHERE key_hash = '" + hash + "'");
        long revokedAt = System.nanoTime();

        assertThat(untilRefused(path -> Api.get(path, key), revokedAt)).isLessThanOrEqualTo(REVOCATION_BOUND);
        assertThat(untilRefused(path -> Api.getFromSecondServer(path, key), revokedAt))
                .isLessThanOrEqualTo(REVOCATION_BOUND);
    }

    @Test
    void aKeyAnOperatorRevokesOnOneServerIsRefusedByBothWithinFiveSeconds() throws Exception {
        long account = Operators.newAccount("Revoked on two servers");
        Api.Answer issued = Operators.post("/admin/accounts/" + account + "/api-keys", "{}");
        String key = issued.data().getString("key");
        assertThat(Api.get("/user/assistants/languages", key).status()).isEqualTo(200);
        assertThat(Api.getFromSecondServer("/user/assistants/languages", key).status()).isEqualTo(200);

        assertThat(Operators.deleteOnSecondServer("/admin/api-keys/" + issued.data().getJsonNumber("id")).status())
                .isEqualTo(200);
        long revokedAt = System.nanoTime();

        assertThat(untilRefused(path -> Api.get(path, key), revokedAt)).isLessThanOrEqualTo(REVOCATION_BOUND);
        assertThat(untilRefused(path -> Api.getFromSecondServer(path, key), revokedAt))
                .isLessThanOrEqualTo(REVOCATION_BOUND);
    }

    @Test
    void aNumberAskedForOnBothServersAtOnceGoesToExactlyOneAccount() throws Exception {
        String number = Operators.freshNumber();
        List<Callable<Api.Answer>> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            long account = Operators.newAccount("Two-server racer " + i);
            String path = "/admin/accounts/" + account + "/phone-numbers";
            racers.add(i % 2 == 0
                    ? () -> Operators.post(path, Operators.numberJson(number))
                    : () -> Operators.postOnSecondServer(path, Operators.numberJson(number)));
        }

        List<Api.Answer> answers = Race.of(racers);

        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() != 201).allSatisfy(answer -> Api.assertRefused(answer,
                java.util.Map.of("phone_number", "The phone number has already been taken.")));
    }

    /** How long after {@code revokedAt} the server first answers 401; a bound passed by a second stops asking. */
    private static Duration untilRefused(Function<String, Api.Answer> server, long revokedAt) throws InterruptedException {
        Duration waited;
        do {
            Api.Answer answer = server.apply("/user/assistants/languages");
            waited = Duration.ofNanos(System.nanoTime() - revokedAt);
            if (answer.status() == 401) {
                return waited;
            }
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            Thread.sleep(50);
        } while (waited.compareTo(REVOCATION_BOUND.plusSeconds(1)) <= 0);
        return waited;
    }

    /** Revocation has no endpoint yet; an operator revokes a key by deleting its row. */
    private static void inTheSharedDatabase(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getProperty("it.database.url"),
                System.getProperty("it.database.user"), System.getProperty("it.database.password"))) {
            connection.createStatement().execute(sql);
        }
    }

    @Test
    void letsExactlyOneOfSixteenCreatesRacingOnTwoServersHoldTheNumber() throws Exception {
        long number = DemoData.freeInboundNumber(Api.BETA);
        String body = DemoData.minimalAssistant().add("type", "inbound").add("phone_number_id", number)
                .build().toString();
        List<Callable<Api.Answer>> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            boolean onSecond = i % 2 == 1;
            racers.add(() -> onSecond ? Api.createAssistantOnSecondServer(Api.BETA, body) : Api.createAssistant(Api.BETA, body));
        }

        List<Api.Answer> answers = Race.of(racers);

        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() != 201).hasSize(RACERS - 1).allSatisfy(a -> {
            assertThat(a.status()).as(a.toString()).isEqualTo(422);
            assertThat(a.errors()).isEqualTo(Json.createObjectBuilder().add("phone_number_id", Json.createArrayBuilder()
                    .add("The selected phone number is already assigned to another inbound assistant.")).build());
        });
        assertThat(DemoData.isOfferedForInbound(Api.BETA, number)).isFalse();
        assertThat(Api.getFromSecondServer("/user/assistants/phone-numbers?type=inbound", Api.BETA).array())
                .noneMatch(offered -> offered.asJsonObject().getJsonNumber("id").longValue() == number);

        long winner = answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow()
                .data().getJsonNumber("id").longValue();
        assertThat(Api.delete("/user/assistant/" + winner, Api.BETA).status()).as("frees the number for other tests")
                .isEqualTo(200);
    }

    @Test
    void letsExactlyOneOfManyUpdatesAndCreatesRacingOnTwoServersTakeTheNumber() throws Exception {
        long number = DemoData.freeInboundNumber(Api.BETA);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(Api.createAssistant(Api.BETA, DemoData.minimalAssistant().build().toString())
                    .data().getJsonNumber("id").longValue());
        }
        String update = "{\"type\": \"inbound\", \"phone_number_id\": " + number + "}";
        String create = DemoData.minimalAssistant().add("type", "inbound").add("phone_number_id", number).build().toString();
        List<Callable<Api.Answer>> racers = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            boolean onSecond = i % 2 == 1;
            racers.add(() -> onSecond
                    ? Api.send(Api.requestOnSecondServer("/user/assistant/" + id, Api.BETA)
                            .header("Content-Type", Api.JSON).PUT(HttpRequest.BodyPublishers.ofString(update)).build())
                    : Api.updateAssistant(Api.BETA, id, update));
            racers.add(() -> onSecond ? Api.createAssistant(Api.BETA, create) : Api.createAssistantOnSecondServer(Api.BETA, create));
        }

        List<Api.Answer> answers = Race.of(racers);

        assertThat(answers).filteredOn(a -> a.status() == 200 || a.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() != 200 && a.status() != 201).hasSize(racers.size() - 1)
                .allSatisfy(a -> assertThat(a.errors()).as(a.toString()).isEqualTo(Json.createObjectBuilder()
                        .add("phone_number_id", Json.createArrayBuilder()
                                .add("The selected phone number is already assigned to another inbound assistant."))
                        .build()));
        Api.Answer won = answers.stream().filter(a -> a.status() == 200 || a.status() == 201).findFirst().orElseThrow();
        long holder = won.data().getJsonNumber("id").longValue();
        assertThat(Api.getFromSecondServer("/user/assistant/" + holder, Api.BETA).data().getJsonNumber("phone_number_id")
                .longValue()).isEqualTo(number);
        assertThat(Api.updateAssistant(Api.BETA, holder, "{\"type\": \"outbound\"}").status()).isEqualTo(200);
        assertThat(DemoData.isOfferedForInbound(Api.BETA, number)).as("freed for other tests").isTrue();
    }

    @Test
    void readsAnAssistantCreatedOnOneServerIdenticallyFromTheOther() {
        String body = DemoData.minimalAssistant()
                .add("tools", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "collect_keypad").add("timeout", 10))
                        .add(Json.createObjectBuilder().add("type", "calendar_integration")
                                .add("calcom_api_key", "cal_live_0123456789wxyz").add("calcom_event_slug", "intro")))
                .add("variables", Json.createObjectBuilder().add("z_last", "Z").add("a_first", 1.50).add("vip", true))
                .add("voice_stability", 0.85)
                .add("inbound_webhook_url", "https://hooks.example.com/inbound")
                .build().toString();

        Api.Answer onFirst = Api.createAssistant(Api.ALPHA, body);
        Api.Answer onSecond = Api.createAssistantOnSecondServer(Api.ALPHA, body);

        for (Api.Answer created : List.of(onFirst, onSecond)) {
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String path = "/user/assistant/" + created.data().getJsonNumber("id").longValue();
            Api.Answer fromFirst = Api.get(path, Api.ALPHA);
            Api.Answer fromSecond = Api.getFromSecondServer(path, Api.ALPHA);
            assertThat(fromFirst.status()).as(fromFirst.toString()).isEqualTo(200);
            assertThat(fromSecond.body()).isEqualTo(fromFirst.body());
            JsonObject data = fromSecond.data();
            assertThat(data.getString("inbound_webhook_url")).isEqualTo("https://hooks.example.com/inbound");
            assertThat(data.getJsonArray("tools").getJsonObject(1).getString("calcom_api_key")).isEqualTo("****wxyz");
        }
        assertThat(onSecond.data().getJsonNumber("id").longValue())
                .as("one sequence of ids for both servers").isNotEqualTo(onFirst.data().getJsonNumber("id").longValue());
        assertThat(Api.getFromSecondServer("/user/assistant/" + onFirst.data().getJsonNumber("id").longValue(), Api.BETA)
                .status()).as("another account's, from the other server too").isEqualTo(404);
    }

    @Test
    void aCreateRetriedOnTheOtherServerIsReplayedThere() {
        String key = UUID.randomUUID().toString();
        String body = DemoData.minimalAssistant().build().toString();

        Api.Answer first = Api.send(Api.request("/user/assistant", Api.BETA).header("Content-Type", Api.JSON)
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build());
        Api.Answer retried = Api.send(Api.requestOnSecondServer("/user/assistant", Api.BETA)
                .header("Content-Type", Api.JSON).header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).contains("true");
        assertThat(retried.body()).isEqualTo(first.body());
        assertThat(retried.header("Location")).isEqualTo(first.header("Location"));
    }

    @Test
    void oneKeySentToBothServersAtOnceCreatesOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "Once on two servers " + UUID.randomUUID();
        String body = DemoData.minimalAssistant().add("name", name).build().toString();
        List<Callable<Api.Answer>> requests = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            HttpRequest.Builder request = i % 2 == 0 ? Api.request("/user/assistant", Api.BETA)
                    : Api.requestOnSecondServer("/user/assistant", Api.BETA);
            HttpRequest sent = request.header("Content-Type", Api.JSON).header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            requests.add(() -> Api.send(sent));
        }

        List<Api.Answer> answers = Race.of(requests);

        assertThat(answers.stream().filter(a -> a.status() == 201 && a.header("Idempotent-Replayed").isEmpty()))
                .hasSize(1);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(201, 409));
        assertThat(Api.get("/user/assistants", Api.BETA).array().stream()
                .filter(item -> item.asJsonObject().getString("name").equals(name))).hasSize(1);
    }
}
