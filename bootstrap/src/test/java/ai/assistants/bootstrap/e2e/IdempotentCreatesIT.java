package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CONTRACT.md, "Idempotent creates": a create sent again with its {@code Idempotency-Key} gets the
 * first answer again and creates nothing, on every create path. Each test uses an account of its
 * own, so counting what it owns tells whether anything was created.
 */
class IdempotentCreatesIT {

    private static final String ASSISTANT = """
            {"name": "Idempotent", "voice_id": 1, "language_id": 1, "type": "outbound", "mode": "pipeline",
             "timezone": "UTC", "initial_message": "Hello", "system_prompt": "Be brief.", "llm_model_id": 2}""";
    /** The same JSON value written another way: members reordered, other white space, numbers as decimals. */
    private static final String ASSISTANT_REWRITTEN = "{\"llm_model_id\":2.0,\"system_prompt\":\"Be brief.\","
            + "\"initial_message\":\"Hello\",\"timezone\":\"UTC\",\"mode\":\"pipeline\",\"type\":\"outbound\","
            + "\"language_id\":1e0,\"voice_id\":1,\"name\":\"Idem\\u0070otent\"}";
    private static final String USED_FOR_ANOTHER_REQUEST = "This idempotency key was already used for a different request.";
    private static final String STILL_RUNNING = "A request with this idempotency key is still being processed.";
    private static final String INVALID_KEY = "The Idempotency-Key header must be 1 to 255 visible ASCII characters.";

    private String apiKey;

    @BeforeEach
    void anAccountOfItsOwn() {
        apiKey = Operators.newKey(Operators.newAccount("Idempotency " + UUID.randomUUID()));
    }

    private Api.Answer post(String path, String body, String idempotencyKey) {
        return Api.send(Api.request(path, apiKey).header("Content-Type", Api.JSON)
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private long assistants() {
        return Api.get("/user/assistants", apiKey).array().size();
    }

    @Test
    void theSameCreateSentAgainGetsTheFirstAnswerAndCreatesNothing() {
        String key = UUID.randomUUID().toString();

        Api.Answer first = post("/user/assistant", ASSISTANT, key);
        Api.Answer again = post("/user/assistant", ASSISTANT, key);
        Api.Answer rewritten = post("/user/assistant", ASSISTANT_REWRITTEN, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        for (Api.Answer replay : List.of(again, rewritten)) {
            assertThat(replay.status()).as(replay.toString()).isEqualTo(201);
            assertThat(replay.body()).isEqualTo(first.body());
            assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
            assertThat(replay.header("Idempotent-Replayed")).contains("true");
            assertThat(replay.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(Api.JSON));
        }
        assertThat(assistants()).isEqualTo(1);
        long id = first.data().getJsonNumber("id").longValue();
        assertThat(Api.get("/user/assistant/" + id, apiKey).status()).isEqualTo(200);
    }

    @Test
    void theKeyWithAnotherBodyIsAConflictAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        assertThat(post("/user/assistant", ASSISTANT, key).status()).isEqualTo(201);

        Api.Answer other = post("/user/assistant", ASSISTANT.replace("Idempotent", "Another"), key);
        Api.Answer otherPath = post("/user/tools", MidCallTools.minimal("idempotent_tool").build().toString(), key);

        for (Api.Answer conflict : List.of(other, otherPath)) {
            assertThat(conflict.status()).as(conflict.toString()).isEqualTo(409);
            assertThat(conflict.json()).isEqualTo(Json.createObjectBuilder().add("message", USED_FOR_ANOTHER_REQUEST).build());
        }
        assertThat(assistants()).isEqualTo(1);
        assertThat(Api.get("/user/tools", apiKey).array()).isEmpty();
    }

    @Test
    void aRefusalIsRememberedTooAndNotReplacedByALaterCreate() {
        String key = UUID.randomUUID().toString();
        String invalid = "{\"name\": \"\", \"type\": \"outbound\"}";

        Api.Answer refused = post("/user/assistant", invalid, key);
        Api.Answer replayed = post("/user/assistant", invalid, key);
        Api.Answer valid = post("/user/assistant", ASSISTANT, key);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.message()).isEqualTo("Validation failed");
        assertThat(replayed.status()).isEqualTo(422);
        assertThat(replayed.body()).isEqualTo(refused.body());
        assertThat(replayed.header("Idempotent-Replayed")).contains("true");
        assertThat(valid.status()).isEqualTo(409);
        assertThat(valid.message()).isEqualTo(USED_FOR_ANOTHER_REQUEST);
        assertThat(assistants()).isZero();
    }

    @Test
    void keysBelongToTheirAccount() {
        String key = UUID.randomUUID().toString();
        String otherAccountsKey = Operators.newKey(Operators.newAccount("Idempotency other " + UUID.randomUUID()));
        Api.Answer mine = post("/user/assistant", ASSISTANT, key);

        Api.Answer theirs = Api.send(Api.request("/user/assistant", otherAccountsKey).header("Content-Type", Api.JSON)
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(ASSISTANT)).build());

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header("Idempotent-Replayed")).isEmpty();
        assertThat(theirs.data().getJsonNumber("id")).isNotEqualTo(mine.data().getJsonNumber("id"));
    }

    @Test
    void everyCreatePathReplays() {
        List<String[]> creates = List.of(
                new String[] {"/user/tools", MidCallTools.minimal(MidCallTools.uniqueName("replayed")).build().toString()},
                new String[] {"/user/knowledgebases", "{\"name\": \"Replayed\", \"description\": \"Once\"}"},
                new String[] {"/user/folder", "{\"name\": \"Replayed folder\", \"color\": \"teal\"}"},
                new String[] {"/user/labels", "{\"name\": \"Replayed label\"}"});
        for (String[] create : creates) {
            String key = UUID.randomUUID().toString();
            Api.Answer first = post(create[0], create[1], key);
            Api.Answer again = post(create[0], create[1], key);

            assertThat(first.status()).as(create[0] + " " + first).isEqualTo(201);
            assertThat(again.status()).as(create[0]).isEqualTo(201);
            assertThat(again.body()).as(create[0]).isEqualTo(first.body());
            assertThat(again.header("Location")).as(create[0]).isEqualTo(first.header("Location"));
            assertThat(again.header("Idempotent-Replayed")).as(create[0]).contains("true");
        }
        assertThat(Api.get("/user/tools", apiKey).array()).hasSize(1);
        assertThat(Api.get("/user/knowledgebases", apiKey).json().getJsonArray("data")).hasSize(1);
    }

    @Test
    void theSingularAndThePluralPathAreOneCreate() {
        String key = UUID.randomUUID().toString();
        String folder = "{\"name\": \"One folder\"}";

        Api.Answer singular = post("/user/folder", folder, key);
        Api.Answer plural = post("/user/folders", folder, key);

        assertThat(plural.body()).isEqualTo(singular.body());
        assertThat(plural.header("Idempotent-Replayed")).contains("true");
        assertThat(Api.get("/user/folders", apiKey).json().getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void theLongestKeyAndEveryVisibleCharacterAreKeys() {
        StringBuilder visible = new StringBuilder();
        for (char c = '!'; c <= '~'; c++) {
            visible.append(c);
        }
        String longest = (visible + "k".repeat(255)).substring(0, 255);

        assertThat(post("/user/assistant", ASSISTANT, longest).status()).isEqualTo(201);
        assertThat(post("/user/assistant", ASSISTANT, longest).header("Idempotent-Replayed")).contains("true");
        assertThat(assistants()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "tab\tinside"})
    void aKeyThatIsNotVisibleAsciiIsABadRequest(String key) {
        Api.Answer answer = post("/user/assistant", ASSISTANT, key);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json()).isEqualTo(Json.createObjectBuilder().add("message", INVALID_KEY).build());
        assertThat(assistants()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ünïcødé", "del\u007f"})
    void aKeyWithBytesBeyondVisibleAsciiIsABadRequest(String key) {
        RawExchange answer = RawExchange.of("POST", "/user/assistant", apiKey, Api.JSON, ASSISTANT,
                ("Idempotency-Key: " + key + "\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusLine()).isEqualTo("HTTP/1.1 400 Bad Request");
        assertThat(answer.body()).isEqualTo(Json.createObjectBuilder().add("message", INVALID_KEY).build().toString());
        assertThat(assistants()).isZero();
    }

    @Test
    void aKeyLongerThan255CharactersIsABadRequest() {
        Api.Answer answer = post("/user/assistant", ASSISTANT, "k".repeat(256));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo(INVALID_KEY);
    }

    @Test
    void aMalformedBodyIsNotRememberedSoTheCorrectedRetryCreates() {
        String key = UUID.randomUUID().toString();

        assertThat(post("/user/assistant", "{\"name\": ", key).status()).isEqualTo(400);
        Api.Answer corrected = post("/user/assistant", ASSISTANT, key);

        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.header("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void concurrentRetriesCreateOnceAndEachGetsTheAnswerOrIsToldToWait() throws Exception {
        String key = UUID.randomUUID().toString();
        List<Callable<Api.Answer>> retries = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            retries.add(() -> post("/user/assistant", ASSISTANT, key));
        }

        List<Api.Answer> answers = Race.of(retries);

        List<Api.Answer> created = answers.stream().filter(a -> a.status() == 201).toList();
        assertThat(created.stream().filter(a -> a.header("Idempotent-Replayed").isEmpty())).hasSize(1);
        assertThat(created.stream().map(Api.Answer::body).distinct()).hasSize(1);
        for (Api.Answer answer : answers) {
            if (answer.status() != 201) {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
                assertThat(answer.message()).isEqualTo(STILL_RUNNING);
            }
        }
        assertThat(assistants()).isEqualTo(1);
        JsonObject replay = post("/user/assistant", ASSISTANT, key).json();
        assertThat(replay.toString()).isEqualTo(created.get(0).json().toString());
    }
}
