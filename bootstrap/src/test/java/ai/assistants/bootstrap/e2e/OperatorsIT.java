package ai.assistants.bootstrap.e2e;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** CONTRACT.md, "Operators": /admin behind the server's own security, and what operators provision. */
class OperatorsIT {

    private static final String NOT_JSON_MESSAGE = "Unauthenticated.";

    // --- signing in ---------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/admin/accounts", "/admin/accounts/1", "/admin/accounts/1/api-keys", "/admin/nothing-here"})
    void refusesEveryAdminRequestThatIsNotAnOperatorsWithTheJson401(String path) {
        List<Api.Answer> answers = List.of(
                Api.send(HttpRequest.newBuilder(Api.uri(path)).GET().build()),
                Api.get(path, Api.ALPHA),
                Api.send(HttpRequest.newBuilder(Api.uri(path))
                        .header("Authorization", Operators.basic(Operators.USER, "wrong-password")).GET().build()),
                Api.send(HttpRequest.newBuilder(Api.uri(path))
                        .header("Authorization", Operators.basic("nobody", Operators.PASSWORD)).GET().build()),
                Api.send(HttpRequest.newBuilder(Api.uri(path)).header("Authorization", "Basic !!!").GET().build()),
                Api.send(HttpRequest.newBuilder(Api.uri(path)).header("Authorization", Operators.basic("", "")).GET().build()));

        for (Api.Answer answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
            assertThat(answer.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(Api.JSON));
            assertThat(answer.json()).isEqualTo(jsonOf("{\"message\": \"" + NOT_JSON_MESSAGE + "\"}"));
            assertThat(answer.header("WWW-Authenticate")).contains("Basic realm=\"operators\"");
        }
    }

    @Test
    void refusesAWritingRequestBeforeReadingItsBody() {
        Api.Answer answer = Api.send(HttpRequest.newBuilder(Api.uri("/admin/accounts")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("not json")).build());

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.message()).isEqualTo("Unauthenticated.");
    }

    @Test
    void anOperatorIsNoAccountAndAnAccountsKeyStaysOutOfAdmin() {
        Api.Answer operatorOnUser = Api.send(HttpRequest.newBuilder(Api.uri("/user/me"))
                .header("Authorization", Operators.basic(Operators.USER, Operators.PASSWORD)).GET().build());

        assertThat(operatorOnUser.status()).isEqualTo(401);
        assertThat(operatorOnUser.message()).isEqualTo("Unauthenticated.");
        assertThat(Operators.get("/admin/accounts").status()).isEqualTo(200);
    }

    // --- accounts -----------------------------------------------------------------------------

    @Test
    void createsAnAccountAndReadsItBack() {
        Instant before = Instant.now().minusSeconds(5);
        Api.Answer created = Operators.post("/admin/accounts",
                "{\"name\": \"Zoë's Café ☕\", \"email\": \"zoe@cafe.example.com\", \"mid_call_tool_limit\": 7}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject account = created.data();
        long id = account.getJsonNumber("id").longValue();
        assertThat(created.header("Location")).contains("/api/admin/accounts/" + id);
        assertThat(account.getString("name")).isEqualTo("Zoë's Café ☕");
        assertThat(account.getString("email")).isEqualTo("zoe@cafe.example.com");
        assertThat(account.getInt("mid_call_tool_limit")).isEqualTo(7);
        assertThat(Instant.parse(account.getString("created_at"))).isAfter(before);
        assertThat(account.keySet()).containsExactlyInAnyOrder("id", "name", "email", "mid_call_tool_limit", "created_at");

        Api.Answer read = Operators.get("/admin/accounts/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.data()).isEqualTo(account);
    }

    @Test
    void aNewAccountHasThePlansDefaultLimitAndTheBounds() {
        Api.Answer defaulted = Operators.post("/admin/accounts", "{\"name\": \"Default\", \"email\": \"d@d.example.com\"}");
        Api.Answer none = Operators.post("/admin/accounts",
                "{\"name\": \"None\", \"email\": \"n@n.example.com\", \"mid_call_tool_limit\": 0}");
        Api.Answer most = Operators.post("/admin/accounts",
                "{\"name\": \"Most\", \"email\": \"m@m.example.com\", \"mid_call_tool_limit\": 10000}");
        Api.Answer nullLimit = Operators.post("/admin/accounts",
                "{\"name\": \"Null\", \"email\": \"u@u.example.com\", \"mid_call_tool_limit\": null}");

        assertThat(defaulted.data().getInt("mid_call_tool_limit")).isEqualTo(100);
        assertThat(none.data().getInt("mid_call_tool_limit")).isZero();
        assertThat(most.data().getInt("mid_call_tool_limit")).isEqualTo(10000);
        assertThat(nullLimit.data().getInt("mid_call_tool_limit")).isEqualTo(100);
    }

    @Test
    void reportsEveryBrokenRuleOfAnAccountAtOnceAndStoresNothing() {
        long before = total();

        Api.assertRefused(Operators.post("/admin/accounts", "{}"), Map.of(
                "name", "The name field is required.",
                "email", "The email field is required."));
        Api.assertRefused(Operators.post("/admin/accounts",
                "{\"name\": \"   \", \"email\": \"not-an-email\", \"mid_call_tool_limit\": -1, \"plan\": \"gold\"}"), Map.of(
                "plan", "The plan field is not supported.",
                "name", "The name field is required.",
                "email", "The email field format is invalid.",
                "mid_call_tool_limit", "The mid call tool limit field must be between 0 and 10000."));
        Api.assertRefused(Operators.post("/admin/accounts",
                "{\"name\": 5, \"email\": [\"a@b.example.com\"], \"mid_call_tool_limit\": 1.5}"), Map.of(
                "name", "The name field must be a string.",
                "email", "The email field must be a string.",
                "mid_call_tool_limit", "The mid call tool limit field must be an integer."));
        Api.assertRefused(Operators.post("/admin/accounts",
                "{\"name\": \"" + "é".repeat(256) + "\", \"email\": \"" + "a".repeat(250) + "@example.com\","
                        + " \"mid_call_tool_limit\": 10001}"), Map.of(
                "name", "The name field must not be greater than 255 characters.",
                "email", "The email field must not be greater than 255 characters.",
                "mid_call_tool_limit", "The mid call tool limit field must be between 0 and 10000."));
        Api.assertRefused(Operators.post("/admin/accounts", "{\"name\": \"Ok\", \"email\": \"two words@example.com\"}"),
                Map.of("email", "The email field format is invalid."));

        assertThat(total()).isEqualTo(before);
        assertThat(Operators.post("/admin/accounts",
                "{\"name\": \"" + "é".repeat(255) + "\", \"email\": \"" + "a".repeat(243) + "@example.com\"}").status())
                .isEqualTo(201);
    }

    @Test
    void answersRequestLevelErrorsAsEverywhereElse() {
        Api.Answer malformed = Operators.post("/admin/accounts", "{\"name\": ");
        Api.Answer array = Operators.post("/admin/accounts", "[]");
        Api.Answer text = Api.send(HttpRequest.newBuilder(Api.uri("/admin/accounts"))
                .header("Authorization", Operators.basic(Operators.USER, Operators.PASSWORD))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.message()).isEqualTo("Malformed JSON request body.");
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.message()).isEqualTo("The request body must be a JSON object.");
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.message()).isEqualTo("Unsupported media type. Use application/json.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5", "999999999999", "99999999999999999999"})
    void anAccountThatIsNotThereIsA404(String id) {
        for (Api.Answer answer : List.of(Operators.get("/admin/accounts/" + id),
                Operators.get("/admin/accounts/" + id + "/api-keys"),
                Operators.post("/admin/accounts/" + id + "/api-keys", "{}"),
                Operators.post("/admin/accounts/" + id + "/phone-numbers", Operators.numberJson(Operators.freshNumber())))) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.message()).isEqualTo("Account not found");
        }
    }

    @Test
    void listsTheAccountsInThePaginatorEnvelope() {
        long id = Operators.newAccount("Listed");
        long total = total();
        long lastPage = (total + 1) / 2;

        Api.Answer page = Operators.get("/admin/accounts?per_page=2&page=" + lastPage);

        assertThat(page.status()).isEqualTo(200);
        JsonObject envelope = page.json();
        assertThat(envelope.keySet()).containsExactly("current_page", "data", "first_page_url", "from", "last_page",
                "last_page_url", "links", "next_page_url", "path", "per_page", "prev_page_url", "to", "total");
        assertThat(envelope.getJsonNumber("total").longValue()).isEqualTo(total);
        assertThat(envelope.getString("path")).endsWith("/api/admin/accounts");
        assertThat(envelope.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .map(account -> account.getJsonNumber("id").longValue())).contains(id);
        Api.assertRefused(Operators.get("/admin/accounts?per_page=101"),
                Map.of("per_page", "The per page field must be between 1 and 100."));
        JsonObject first = Operators.get("/admin/accounts?per_page=1").json();
        assertThat(first.getJsonArray("data").getJsonObject(0).getString("email")).isEqualTo("alpha@demo.example.com");
    }

    // --- API keys -----------------------------------------------------------------------------

    @Test
    void issuesARandomKeyShownOnceThatOpensTheAccount() {
        long account = Operators.newAccount("Keyed");

        Api.Answer issued = Operators.post("/admin/accounts/" + account + "/api-keys", "{\"label\": \"Production ✓\"}");
        Api.Answer other = Operators.post("/admin/accounts/" + account + "/api-keys", "{}");

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        JsonObject key = issued.data();
        assertThat(key.keySet()).containsExactlyInAnyOrder("id", "label", "key", "last_four", "created_at");
        assertThat(issued.header("Location")).contains("/api/admin/api-keys/" + key.getJsonNumber("id").longValue());
        String raw = key.getString("key");
        // 256 random bits in URL-safe Base64: 43 characters after the prefix, far more than the 128 bits asked.
        assertThat(raw).matches("ak_[A-Za-z0-9_-]{43}");
        assertThat(key.getString("last_four")).isEqualTo(raw.substring(raw.length() - 4));
        assertThat(key.getString("label")).isEqualTo("Production ✓");
        assertThat(other.data().getString("key")).isNotEqualTo(raw);
        assertThat(other.data().isNull("label")).isTrue();

        Api.Answer me = Api.get("/user/me", raw);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getString("name")).isEqualTo("Keyed");

        Api.Answer listed = Operators.get("/admin/accounts/" + account + "/api-keys");
        assertThat(listed.status()).isEqualTo(200);
        List<JsonObject> keys = listed.json().getJsonArray("data").getValuesAs(JsonObject.class);
        assertThat(keys).hasSize(2);
        assertThat(keys.get(0).keySet()).containsExactlyInAnyOrder("id", "label", "last_four", "created_at");
        assertThat(keys.get(0).getJsonNumber("id").longValue()).isEqualTo(key.getJsonNumber("id").longValue());
        assertThat(listed.body()).doesNotContain(raw);
    }

    @Test
    void refusesALabelTooLongOrNotText() {
        long account = Operators.newAccount("Labels");

        Api.assertRefused(Operators.post("/admin/accounts/" + account + "/api-keys", "{\"label\": \"" + "x".repeat(256) + "\"}"),
                Map.of("label", "The label field must not be greater than 255 characters."));
        Api.assertRefused(Operators.post("/admin/accounts/" + account + "/api-keys", "{\"label\": 3, \"scope\": \"all\"}"),
                Map.of("label", "The label field must be a string.", "scope", "The scope field is not supported."));
        assertThat(Operators.get("/admin/accounts/" + account + "/api-keys").json().getJsonArray("data")).isEmpty();
    }

    @Test
    void aRevokedKeyIsRefusedWithinFiveSeconds() throws InterruptedException {
        long account = Operators.newAccount("Revoked");
        Api.Answer issued = Operators.post("/admin/accounts/" + account + "/api-keys", "{}");
        String raw = issued.data().getString("key");
        long keyId = issued.data().getJsonNumber("id").longValue();
        String kept = Operators.newKey(account);
        assertThat(Api.get("/user/me", raw).status()).isEqualTo(200);

        Api.Answer revoked = Operators.delete("/admin/api-keys/" + keyId);
        long revokedAt = System.nanoTime();

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json()).isEqualTo(jsonOf("{\"message\": \"API key revoked successfully\"}"));
        Duration waited;
        int status;
        do {
            status = Api.get("/user/me", raw).status();
            waited = Duration.ofNanos(System.nanoTime() - revokedAt);
            Thread.sleep(100);
        } while (status == 200 && waited.toSeconds() < 6);
        assertThat(status).isEqualTo(401);
        assertThat(waited).isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(Api.get("/user/me", kept).status()).isEqualTo(200);
        assertThat(Operators.get("/admin/accounts/" + account + "/api-keys").json().getJsonArray("data")).hasSize(1);

        Api.Answer again = Operators.delete("/admin/api-keys/" + keyId);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.message()).isEqualTo("API key not found");
        assertThat(Operators.delete("/admin/api-keys/abc").status()).isEqualTo(404);
    }

    // --- phone numbers ------------------------------------------------------------------------

    @Test
    void givesAnAccountANumberThatOnlyItSees() {
        long account = Operators.newAccount("Numbered");
        String key = Operators.newKey(account);
        String number = Operators.freshNumber();

        Api.Answer created = Operators.post("/admin/accounts/" + account + "/phone-numbers", "{\"phone_number\": \""
                + number + "\", \"type\": \"sip\", \"country_code\": \"RO\", \"nickname\": \"Bucureşti ☎\", \"sms_capable\": true}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject item = created.data();
        long id = item.getJsonNumber("id").longValue();
        assertThat(created.header("Location")).contains("/api/admin/phone-numbers/" + id);
        assertThat(item.getString("phone_number")).isEqualTo(number);
        assertThat(item.getString("type")).isEqualTo("sip");
        assertThat(item.getString("type_label")).isEqualTo("SIP");
        assertThat(item.getString("country_code")).isEqualTo("RO");
        assertThat(item.getString("nickname")).isEqualTo("Bucureşti ☎");
        assertThat(item.getBoolean("sms_capable")).isTrue();

        JsonObject mine = Api.get("/user/phone-numbers/all", key).json();
        assertThat(mine.getJsonArray("data")).containsExactly(item);
        assertThat(Api.get("/user/phone-numbers/all", Api.ALPHA).body()).doesNotContain(number);
        assertThat(Api.get("/user/assistants/phone-numbers", key).array()).hasSize(1);
    }

    @Test
    void aNumberBelongsToOneAccountOnly() {
        long first = Operators.newAccount("First owner");
        long second = Operators.newAccount("Second owner");
        String number = Operators.freshNumber();
        assertThat(Operators.post("/admin/accounts/" + first + "/phone-numbers", Operators.numberJson(number)).status())
                .isEqualTo(201);

        Map<String, String> taken = Map.of("phone_number", "The phone number has already been taken.");
        Api.assertRefused(Operators.post("/admin/accounts/" + second + "/phone-numbers", Operators.numberJson(number)), taken);
        Api.assertRefused(Operators.post("/admin/accounts/" + first + "/phone-numbers", Operators.numberJson(number)), taken);
        Api.assertRefused(Operators.post("/admin/accounts/1/phone-numbers", Operators.numberJson("+14155550102")), taken);
    }

    @Test
    void concurrentRequestsForOneNumberGiveItToExactlyOneAccount() throws Exception {
        String number = Operators.freshNumber();
        List<Callable<Api.Answer>> racers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long account = Operators.newAccount("Racer " + i);
            racers.add(() -> Operators.post("/admin/accounts/" + account + "/phone-numbers", Operators.numberJson(number)));
        }

        List<Api.Answer> answers = Race.of(racers);

        assertThat(answers.stream().filter(answer -> answer.status() == 201)).hasSize(1);
        assertThat(answers.stream().filter(answer -> answer.status() != 201))
                .allSatisfy(answer -> Api.assertRefused(answer,
                        Map.of("phone_number", "The phone number has already been taken.")));
    }

    @Test
    void reportsEveryBrokenRuleOfANumber() {
        long account = Operators.newAccount("Bad numbers");

        Api.assertRefused(Operators.post("/admin/accounts/" + account + "/phone-numbers", "{}"), Map.of(
                "phone_number", "The phone number field is required.",
                "type", "The type field is required.",
                "country_code", "The country code field is required."));
        Api.assertRefused(Operators.post("/admin/accounts/" + account + "/phone-numbers",
                "{\"phone_number\": \"0722 000 111\", \"type\": \"fax\", \"country_code\": \"usa\","
                        + " \"nickname\": \"" + "n".repeat(256) + "\", \"sms_capable\": \"yes\", \"region\": \"EU\"}"), Map.of(
                "region", "The region field is not supported.",
                "phone_number", "The phone number field must be a valid E.164 phone number.",
                "type", "The selected type is invalid.",
                "country_code", "The country code field format is invalid.",
                "nickname", "The nickname field must not be greater than 255 characters.",
                "sms_capable", "The sms capable field must be true or false."));
        Api.assertRefused(Operators.post("/admin/accounts/" + account + "/phone-numbers",
                "{\"phone_number\": 14155550100, \"type\": 1, \"country_code\": \"us\"}"), Map.of(
                "phone_number", "The phone number field must be a string.",
                "type", "The type field must be a string.",
                "country_code", "The country code field format is invalid."));
        assertThat(Api.get("/user/phone-numbers/all", Operators.newKey(account)).json().getJsonArray("data")).isEmpty();
    }

    @Test
    void aNumberInUseIsKeptAndAFreeOneIsDeleted() {
        long account = Operators.newAccount("Deletes");
        String key = Operators.newKey(account);
        long used = numberOf(account, Operators.freshNumber());
        long free = numberOf(account, Operators.freshNumber());
        Api.Answer assistant = Api.createAssistant(key, DemoData.minimalAssistant()
                .add("type", "inbound").add("phone_number_id", used).build().toString());
        assertThat(assistant.status()).as(assistant.toString()).isEqualTo(201);
        long assistantId = assistant.data().getJsonNumber("id").longValue();

        Api.Answer kept = Operators.delete("/admin/phone-numbers/" + used);

        assertThat(kept.status()).isEqualTo(409);
        assertThat(kept.json()).isEqualTo(jsonOf("{\"message\": \"The phone number is used by assistants.\","
                + " \"assistant_ids\": [" + assistantId + "]}"));
        Api.Answer deleted = Operators.delete("/admin/phone-numbers/" + free);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json()).isEqualTo(jsonOf("{\"message\": \"Phone number deleted successfully\"}"));
        assertThat(Api.get("/user/phone-numbers/all", key).json().getJsonArray("data").getValuesAs(JsonObject.class)
                .stream().map(number -> number.getJsonNumber("id").longValue()).collect(Collectors.toSet()))
                .isEqualTo(Set.of(used));

        Api.Answer gone = Operators.delete("/admin/phone-numbers/" + free);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.message()).isEqualTo("Phone number not found");
        assertThat(Api.delete("/user/assistant/" + assistantId, key).status()).isEqualTo(200);
        assertThat(Operators.delete("/admin/phone-numbers/" + used).status()).isEqualTo(200);
    }

    @Test
    void aNumberAnOutboundAssistantUsesIsKeptToo() {
        long account = Operators.newAccount("Outbound user");
        String key = Operators.newKey(account);
        long number = numberOf(account, Operators.freshNumber());
        Api.Answer assistant = Api.createAssistant(key, DemoData.minimalAssistant().add("phone_number_id", number).build().toString());
        assertThat(assistant.status()).as(assistant.toString()).isEqualTo(201);

        assertThat(Operators.delete("/admin/phone-numbers/" + number).status()).isEqualTo(409);
    }

    @Test
    void aNumberAWarmTransferCallsOutFromIsKeptUntilNoAssistantUsesIt() {
        long account = Operators.newAccount("Warm transfer user");
        String key = Operators.newKey(account);
        long number = numberOf(account, Operators.freshNumber());
        Api.Answer assistant = Api.createAssistant(key, DemoData.minimalAssistant()
                .add("tools", PhoneNumberRaceIT.warmTransferFrom(number)).build().toString());
        assertThat(assistant.status()).as(assistant.toString()).isEqualTo(201);
        long assistantId = assistant.data().getJsonNumber("id").longValue();

        Api.Answer kept = Operators.delete("/admin/phone-numbers/" + number);

        assertThat(kept.status()).isEqualTo(409);
        assertThat(kept.json()).isEqualTo(jsonOf("{\"message\": \"The phone number is used by assistants.\","
                + " \"assistant_ids\": [" + assistantId + "]}"));
        assertThat(Api.updateAssistant(key, assistantId, "{\"tools\": []}").status()).isEqualTo(200);
        assertThat(Operators.delete("/admin/phone-numbers/" + number).status()).as("no longer used").isEqualTo(200);
        Api.Answer refused = Api.updateAssistant(key, assistantId,
                "{\"tools\": " + PhoneNumberRaceIT.warmTransferFrom(number) + "}");
        Api.assertRefused(refused, Map.of("tools.0.outbound_phone_id", "The selected tools.0.outbound phone id is invalid."));
    }

    static long numberOf(long account, String number) {
        Api.Answer created = Operators.post("/admin/accounts/" + account + "/phone-numbers", Operators.numberJson(number));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().getJsonNumber("id").longValue();
    }

    private static long total() {
        return Operators.get("/admin/accounts?per_page=1").json().getJsonNumber("total").longValue();
    }

    private static JsonObject jsonOf(String json) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return reader.readObject();
        }
    }
}
