package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Mid-call tools as the end-to-end tests make them: valid and uniquely named unless a test says otherwise. */
final class MidCallTools {

    static final String PATH = "/user/tools";

    private MidCallTools() {
    }

    /** A name no other test uses: tool names are lowercase letters and underscores only. */
    static String uniqueName(String prefix) {
        StringBuilder name = new StringBuilder(prefix).append('_');
        for (int i = 0; i < 12; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }

    static JsonObjectBuilder minimal(String name) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("description", "Looks up an order")
                .add("endpoint", "https://api.example.com/orders")
                .add("method", "POST");
    }

    static Api.Answer create(String apiKey, String json) {
        return Api.post(PATH, apiKey, json);
    }

    /** A new valid tool's id. */
    static long createdId(String apiKey, JsonObjectBuilder body) {
        Api.Answer created = create(apiKey, body.build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().getJsonNumber("id").longValue();
    }

    static void deleteQuietly(String apiKey, long id) {
        Api.delete(PATH + "/" + id, apiKey);
    }
}
