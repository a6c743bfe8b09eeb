package ai.assistants.bootstrap.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An operator of the running servers, signed in with HTTP Basic as the end-to-end servers' one
 * operator (bootstrap/pom.xml sets it as {@code operator.user} / {@code operator.password}).
 */
final class Operators {

    static final String USER = System.getProperty("it.operator.user", "e2e-operator");
    static final String PASSWORD = System.getProperty("it.operator.password", "e2e-operator-password");

    private Operators() {
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static Api.Answer get(String path) {
        return Api.send(signedIn(Api.uri(path)).GET().build());
    }

    static Api.Answer post(String path, String json) {
        return Api.send(signedIn(Api.uri(path)).header("Content-Type", Api.JSON)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static Api.Answer delete(String path) {
        return Api.send(signedIn(Api.uri(path)).header("Content-Type", Api.JSON).DELETE().build());
    }

    static Api.Answer postOnSecondServer(String path, String json) {
        return Api.send(signedIn(Api.uriOnSecondServer(path)).header("Content-Type", Api.JSON)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static Api.Answer deleteOnSecondServer(String path) {
        return Api.send(signedIn(Api.uriOnSecondServer(path)).header("Content-Type", Api.JSON).DELETE().build());
    }

    private static HttpRequest.Builder signedIn(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Authorization", basic(USER, PASSWORD));
    }

    /** A new account's id. */
    static long newAccount(String name) {
        Api.Answer created = post("/admin/accounts", "{\"name\": \"" + name + "\", \"email\": \"ops@"
                + name.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example.com\"}");
        if (created.status() != 201) {
            throw new AssertionError(created.toString());
        }
        return created.data().getJsonNumber("id").longValue();
    }

    /** A new key of the account, as shown the one time. */
    static String newKey(long accountId) {
        Api.Answer issued = post("/admin/accounts/" + accountId + "/api-keys", "{}");
        if (issued.status() != 201) {
            throw new AssertionError(issued.toString());
        }
        return issued.data().getString("key");
    }

    /** An E.164 number no other test uses (in the US's fictional 555 range). */
    static String freshNumber() {
        return "+1555" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
    }

    static String numberJson(String number) {
        return "{\"phone_number\": \"" + number + "\", \"type\": \"normal\", \"country_code\": \"US\"}";
    }
}
