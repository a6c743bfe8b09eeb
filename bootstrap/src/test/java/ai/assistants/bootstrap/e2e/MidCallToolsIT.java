package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static ai.assistants.bootstrap.e2e.MidCallTools.PATH;
import static ai.assistants.bootstrap.e2e.MidCallTools.createdId;
import static ai.assistants.bootstrap.e2e.MidCallTools.minimal;
import static ai.assistants.bootstrap.e2e.MidCallTools.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/** CONTRACT.md, "What an account owns", mid-call tools: every path, field rule and answer shape. */
class MidCallToolsIT {

    private static final String NOT_FOUND = "Tool not found";

    @Test
    void createsReadsListsChangesAndDeletesATool() {
        String name = uniqueName("order_status");
        String body = minimal(name)
                .add("endpoint", "https://api.example.com/orders/{order_number}?expand={Detail_level}")
                .add("method", "GET")
                .add("timeout", 30)
                .add("headers", Json.createArrayBuilder()
                        .add(header("Authorization", "Bearer sk-live-ünïcødé 🔑"))
                        .add(header("X-Tenant", "alpha")))
                .add("schema", Json.createArrayBuilder()
                        .add(parameter("order_number", "string", "The order number"))
                        .add(parameter("Detail_level", "number", "How much to tell")))
                .build().toString();

        Api.Answer created = MidCallTools.create(Api.ALPHA, body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.message()).isEqualTo("Tool created successfully");
        JsonObject data = created.data();
        long id = data.getJsonNumber("id").longValue();
        assertThat(created.header("Location")).contains("/api/user/tools/" + id);
        assertThat(data.keySet()).containsExactly("id", "name", "description", "endpoint", "method", "timeout",
                "headers", "schema", "created_at", "updated_at");
        assertThat(data.getString("name")).isEqualTo(name);
        assertThat(data.getString("endpoint")).isEqualTo("https://api.example.com/orders/{order_number}?expand={Detail_level}");
        assertThat(data.getString("method")).isEqualTo("GET");
        assertThat(data.getInt("timeout")).isEqualTo(30);
        assertThat(data.getJsonArray("headers")).isEqualTo(Json.createArrayBuilder()
                .add(header("Authorization", "Bearer sk-live-ünïcødé 🔑")).add(header("X-Tenant", "alpha")).build());
        assertThat(data.getJsonArray("schema").getJsonObject(1)).isEqualTo(
                parameter("Detail_level", "number", "How much to tell").build());
        assertThat(Instant.parse(data.getString("created_at"))).isEqualTo(Instant.parse(data.getString("updated_at")));
        assertThat(data.getString("created_at")).endsWith("Z");

        Api.Answer read = Api.get(PATH + "/" + id, Api.ALPHA);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).as("the bare item, as created").isEqualTo(data);
        assertThat(Api.get(PATH, Api.ALPHA).array()).contains(data);

        Api.Answer changed = Api.put(PATH + "/" + id, Api.ALPHA, "{\"description\": \"Tells where an order is\","
                + " \"headers\": [{\"name\": \"X-Other\", \"value\": \"v\"}]}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.message()).isEqualTo("Tool updated successfully");
        assertThat(changed.data().getString("description")).isEqualTo("Tells where an order is");
        assertThat(changed.data().getJsonArray("headers")).as("lists replace the stored ones whole")
                .isEqualTo(Json.createArrayBuilder().add(header("X-Other", "v")).build());
        assertThat(changed.data().getString("endpoint")).as("absent fields keep their value").isEqualTo(data.getString("endpoint"));
        assertThat(changed.data().getJsonArray("schema")).isEqualTo(data.getJsonArray("schema"));
        assertThat(Instant.parse(changed.data().getString("updated_at"))).isAfter(Instant.parse(data.getString("updated_at")));
        assertThat(Api.get(PATH + "/" + id, Api.ALPHA).json()).isEqualTo(changed.data());

        Api.Answer deleted = Api.delete(PATH + "/" + id, Api.ALPHA);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json()).isEqualTo(Json.createObjectBuilder().add("message", "Tool deleted successfully").build());
        assertNotFound(Api.get(PATH + "/" + id, Api.ALPHA));
        assertNotFound(Api.delete(PATH + "/" + id, Api.ALPHA));
        assertNotFound(Api.put(PATH + "/" + id, Api.ALPHA, "{}"));
        assertThat(ids(Api.get(PATH, Api.ALPHA).array())).doesNotContain(id);
    }

    @Test
    void givesWhatWasLeftOutItsDefault() {
        Api.Answer created = MidCallTools.create(Api.ALPHA, minimal(uniqueName("defaults")).build().toString());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data().getInt("timeout")).isEqualTo(10);
        assertThat(created.data().getJsonArray("headers")).isEmpty();
        assertThat(created.data().getJsonArray("schema")).isEmpty();
        MidCallTools.deleteQuietly(Api.ALPHA, created.data().getJsonNumber("id").longValue());
    }

    @Test
    void listsTheCallersToolsInIdOrderAndNoOneElses() {
        JsonArray alpha = Api.get(PATH, Api.ALPHA).array();
        JsonArray beta = Api.get(PATH, Api.BETA).array();

        assertThat(ids(alpha)).isSorted().doesNotContainAnyElementsOf(ids(beta));
        assertThat(ids(beta)).isSorted();
    }

    @Test
    void servesTheDemoToolsAsValidTools() {
        JsonObject demo = Api.get(PATH, Api.ALPHA).array().stream().map(JsonValue::asJsonObject)
                .filter(tool -> tool.getString("name").equals("check_order_status")).findFirst().orElseThrow();

        assertThat(demo.getString("endpoint")).isEqualTo("https://api.example.com/orders/{order_number}");
        assertThat(demo.getString("method")).isEqualTo("GET");
        long id = demo.getJsonNumber("id").longValue();
        Api.Answer unchanged = Api.put(PATH + "/" + id, Api.ALPHA, "{\"timeout\": 10}");
        assertThat(unchanged.status()).as("every rule holds for the demo tool as stored: " + unchanged).isEqualTo(200);
        assertThat(unchanged.data()).as("nothing changed, nothing written").isEqualTo(demo);
    }

    @Test
    void reportsEveryBrokenRuleOfARequestAtOnce() {
        String body = Json.createObjectBuilder()
                .add("name", "Check order")
                .add("description", "d".repeat(256))
                .add("endpoint", "ftp://files.example.com/orders")
                .add("method", "FETCH")
                .add("timeout", 31)
                .add("headers", Json.createArrayBuilder()
                        .add(header("Host", "evil.example.com"))
                        .add(header("X-Trace", "a\r\nInjected: yes"))
                        .add(header("x-trace", "again"))
                        .add(Json.createObjectBuilder().add("name", "X-Empty"))
                        .add(header("Bad Header", "v"))
                        .add(Json.createObjectBuilder().add("name", "X-Extra").add("value", "v").add("secret", true)))
                .add("schema", Json.createArrayBuilder()
                        .add(parameter("a", "date", "ab"))
                        .add(parameter("order_id", "string", "The order"))
                        .add(parameter("order_id", "number", "The order again"))
                        .add(parameter("with digit 1", "boolean", "x".repeat(256))))
                .add("priority", "high")
                .build().toString();

        Api.assertRefused(MidCallTools.create(Api.ALPHA, body), Map.ofEntries(
                Map.entry("priority", "The priority field is not supported."),
                Map.entry("name", "Tool name must contain only lowercase letters and underscores, and start with a letter."),
                Map.entry("description", "The description field must not be greater than 255 characters."),
                Map.entry("endpoint", "The endpoint field must be a valid URL."),
                Map.entry("method", "The selected method is invalid."),
                Map.entry("timeout", "The timeout field must be between 1 and 30."),
                Map.entry("headers.0.name", "The headers.0.name field format is invalid."),
                Map.entry("headers.1.value", "The headers.1.value field format is invalid."),
                Map.entry("headers.2.name", "The headers.2.name field has a duplicate value."),
                Map.entry("headers.3.value", "The headers.3.value field is required."),
                Map.entry("headers.4.name", "The headers.4.name field format is invalid."),
                Map.entry("headers.5.secret", "The headers.5.secret field is not supported."),
                Map.entry("schema.0.name", "The schema.0.name field must be between 2 and 32 characters."),
                Map.entry("schema.0.type", "The selected schema.0.type is invalid."),
                Map.entry("schema.0.description", "The schema.0.description field must be between 3 and 255 characters."),
                Map.entry("schema.2.name", "The schema.2.name field has a duplicate value."),
                Map.entry("schema.3.name", "The schema.3.name field format is invalid."),
                Map.entry("schema.3.description", "The schema.3.description field must be between 3 and 255 characters.")));
    }

    @Test
    void requiresTheFourFieldsWithoutDefaults() {
        Api.assertRefused(MidCallTools.create(Api.ALPHA, "{\"name\": \"  \", \"description\": null}"), Map.of(
                "name", "The name field is required.",
                "description", "The description field is required.",
                "endpoint", "The endpoint field is required.",
                "method", "The method field is required."));
        Api.assertRefused(MidCallTools.create(Api.ALPHA, minimal(uniqueName("parts"))
                .add("headers", Json.createArrayBuilder().add(Json.createObjectBuilder()))
                .add("schema", Json.createArrayBuilder().add(Json.createObjectBuilder()).addNull())
                .build().toString()), Map.of(
                "headers.0.name", "The headers.0.name field is required.",
                "headers.0.value", "The headers.0.value field is required.",
                "schema.0.name", "The schema.0.name field is required.",
                "schema.0.type", "The schema.0.type field is required.",
                "schema.0.description", "The schema.0.description field is required.",
                "schema.1", "The schema.1 field is required."));
    }

    @Test
    void reportsWrongJsonTypesPerField() {
        String body = Json.createObjectBuilder()
                .add("name", 5)
                .add("description", true)
                .add("endpoint", Json.createArrayBuilder())
                .add("method", 1)
                .add("timeout", "10")
                .add("headers", Json.createObjectBuilder())
                .add("schema", Json.createArrayBuilder().add(5).add(Json.createObjectBuilder()
                        .add("name", 7).add("type", "string").add("description", "fine text")))
                .build().toString();

        Api.assertRefused(MidCallTools.create(Api.ALPHA, body), Map.of(
                "name", "The name field must be a string.",
                "description", "The description field must be a string.",
                "endpoint", "The endpoint field must be a string.",
                "method", "The method field must be a string.",
                "timeout", "The timeout field must be an integer.",
                "headers", "The headers field must be an array.",
                "schema.0", "The schema.0 field must be an object.",
                "schema.1.name", "The schema.1.name field must be a string."));
        Api.assertRefused(MidCallTools.create(Api.ALPHA, minimal(uniqueName("decimal")).add("timeout", 1.5).build().toString()),
                Map.of("timeout", "The timeout field must be an integer."));
    }

    @Test
    void holdsTheBoundsOfEachField() {
        assertCreated(minimal("a"));
        assertCreated(minimal(uniqueName("x").substring(0, 14) + "_".repeat(50)));
        assertCreated(minimal(uniqueName("bounds")).add("timeout", 1).add("description", "é".repeat(255))
                .add("endpoint", "https://api.example.com/" + "p".repeat(2048 - 24)));
        assertCreated(minimal(uniqueName("bounds")).add("timeout", 30).add("schema", Json.createArrayBuilder()
                .add(parameter("ab", "boolean", "abc")).add(parameter("b".repeat(32), "number", "d".repeat(255)))));
        assertCreated(minimal(uniqueName("headers")).add("headers", headers(20, "v".repeat(4096))));

        Api.assertRefused(MidCallTools.create(Api.ALPHA, minimal("n".repeat(65)).add("timeout", 0)
                        .add("endpoint", "https://api.example.com/" + "p".repeat(2048 - 23))
                        .add("headers", headers(21, "v")).build().toString()), Map.of(
                "name", "The name field must not be greater than 64 characters.",
                "endpoint", "The endpoint field must not be greater than 2048 characters.",
                "timeout", "The timeout field must be between 1 and 30.",
                "headers", "The headers field must not have more than 20 items."));
        JsonArrayBuilder parameters = Json.createArrayBuilder();
        for (int i = 0; i < 21; i++) {
            parameters.add(parameter("p" + (char) ('a' + i), "string", "A parameter"));
        }
        Api.assertRefused(MidCallTools.create(Api.ALPHA, minimal(uniqueName("many")).add("schema", parameters)
                        .add("headers", Json.createArrayBuilder().add(header("X-" + "h".repeat(254), "v".repeat(4097))))
                        .build().toString()), Map.of(
                "schema", "The schema field must not have more than 20 items.",
                "headers.0.name", "The headers.0.name field must not be greater than 255 characters.",
                "headers.0.value", "The headers.0.value field must not be greater than 4096 characters."));
        Api.assertRefused(MidCallTools.create(Api.ALPHA, minimal("_leading").build().toString()),
                Map.of("name", "Tool name must contain only lowercase letters and underscores, and start with a letter."));
        Api.assertRefused(MidCallTools.create(Api.ALPHA, minimal("tool_2").build().toString()),
                Map.of("name", "Tool name must contain only lowercase letters and underscores, and start with a letter."));
        Api.assertRefused(MidCallTools.create(Api.ALPHA, minimal(uniqueName("lower")).add("method", "get").build().toString()),
                Map.of("method", "The selected method is invalid."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost/orders", "http://127.0.0.1:8080/orders", "https://10.0.0.7/x",
            "http://[::1]/x", "http://169.254.169.254/latest/meta-data", "https://{host}/orders",
            "https://api.{domain}.com/x", "https://api.example.com:{port}/x", "mailto:orders@example.com",
            "/relative/path", "https://api.example.com/{unclosed"})
    void refusesEndpointsThatAreNotPublicHttpUrls(String endpoint) {
        Api.assertRefused(MidCallTools.create(Api.ALPHA, minimal(uniqueName("guarded")).add("endpoint", endpoint)
                        .add("schema", Json.createArrayBuilder().add(parameter("host", "string", "A host"))
                                .add(parameter("domain", "string", "A domain")).add(parameter("port", "number", "A port")))
                        .build().toString()),
                Map.of("endpoint", "The endpoint field must be a valid URL."));
    }

    @Test
    void letsEachPlaceholderNameOnlyAParameter() {
        Api.assertRefused(MidCallTools.create(Api.ALPHA, minimal(uniqueName("placeholder"))
                        .add("endpoint", "https://api.example.com/orders/{order_id}").build().toString()),
                Map.of("endpoint", "The selected endpoint is invalid."));
        Api.assertRefused(MidCallTools.create(Api.ALPHA, minimal(uniqueName("placeholder"))
                        .add("endpoint", "https://api.example.com/orders/{order_id}/{Order_id}")
                        .add("schema", Json.createArrayBuilder().add(parameter("order_id", "string", "The order")))
                        .build().toString()),
                Map.of("endpoint", "The selected endpoint is invalid."));

        long id = createdId(Api.ALPHA, minimal(uniqueName("placeholder"))
                .add("endpoint", "https://api.example.com/orders/{order_id}")
                .add("schema", Json.createArrayBuilder().add(parameter("order_id", "string", "The order"))));
        Api.assertRefused(Api.put(PATH + "/" + id, Api.ALPHA, "{\"schema\": []}"),
                Map.of("endpoint", "The selected endpoint is invalid."));
        assertThat(Api.get(PATH + "/" + id, Api.ALPHA).json().getJsonArray("schema")).as("nothing changed").hasSize(1);
        MidCallTools.deleteQuietly(Api.ALPHA, id);
    }

    @Test
    void keepsNamesUniquePerAccount() {
        String name = uniqueName("unique");
        long alphas = createdId(Api.ALPHA, minimal(name));
        long other = createdId(Api.ALPHA, minimal(uniqueName("unique")));

        Api.assertRefused(MidCallTools.create(Api.ALPHA, minimal(name).build().toString()),
                Map.of("name", "The name has already been taken."));
        Api.assertRefused(Api.put(PATH + "/" + other, Api.ALPHA, "{\"name\": \"" + name + "\"}"),
                Map.of("name", "The name has already been taken."));
        long betas = createdId(Api.BETA, minimal(name));
        assertThat(Api.put(PATH + "/" + alphas, Api.ALPHA, "{\"name\": \"" + name + "\", \"timeout\": 20}").status())
                .as("a tool keeps its own name").isEqualTo(200);

        MidCallTools.deleteQuietly(Api.ALPHA, alphas);
        MidCallTools.deleteQuietly(Api.ALPHA, other);
        MidCallTools.deleteQuietly(Api.BETA, betas);
    }

    @Test
    void changesOnlyWhatIsSentAndPutsNullBackToTheDefault() {
        long id = createdId(Api.ALPHA, minimal(uniqueName("partial")).add("timeout", 25)
                .add("headers", Json.createArrayBuilder().add(header("X-Key", "k"))));
        JsonObject stored = Api.get(PATH + "/" + id, Api.ALPHA).json();

        Api.Answer nothing = Api.put(PATH + "/" + id, Api.ALPHA, "{}");
        assertThat(nothing.status()).isEqualTo(200);
        assertThat(nothing.data()).as("{} changes nothing, updated_at included").isEqualTo(stored);

        Api.Answer reset = Api.put(PATH + "/" + id, Api.ALPHA, "{\"timeout\": null, \"headers\": null}");
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(reset.data().getInt("timeout")).isEqualTo(10);
        assertThat(reset.data().getJsonArray("headers")).isEmpty();

        Api.assertRefused(Api.put(PATH + "/" + id, Api.ALPHA,
                "{\"name\": null, \"method\": null, \"id\": 5, \"created_at\": \"2020-01-01T00:00:00Z\", \"timeout\": \"x\"}"),
                Map.of("id", "The id field is not supported.",
                        "created_at", "The created at field is not supported.",
                        "name", "The name field is required.",
                        "method", "The method field is required.",
                        "timeout", "The timeout field must be an integer."));
        assertThat(Api.get(PATH + "/" + id, Api.ALPHA).json()).as("nothing changes unless the answer is 200")
                .isEqualTo(reset.data());
        MidCallTools.deleteQuietly(Api.ALPHA, id);
    }

    @Test
    void keepsEveryToolInvisibleToOtherAccounts() {
        long alphas = createdId(Api.ALPHA, minimal(uniqueName("private")));
        String path = PATH + "/" + alphas;

        assertNotFound(Api.get(path, Api.BETA));
        assertNotFound(Api.put(path, Api.BETA, "{\"description\": \"Taken over\"}"));
        assertNotFound(Api.delete(path, Api.BETA));
        assertThat(ids(Api.get(PATH, Api.BETA).array())).doesNotContain(alphas);
        assertThat(Api.get(path, Api.ALPHA).json().getString("description")).isEqualTo("Looks up an order");
        Api.assertRefused(Api.createAssistant(Api.BETA, DemoData.minimalAssistant()
                        .add("tool_ids", Json.createArrayBuilder().add(alphas)).build().toString()),
                Map.of("tool_ids.0", "The selected tool ids.0 is invalid."));
        MidCallTools.deleteQuietly(Api.ALPHA, alphas);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "1.5", "99999999999999999999", "999999999"})
    void answersNotFoundForPathsThatNameNoTool(String id) {
        assertNotFound(Api.get(PATH + "/" + id, Api.ALPHA));
        assertNotFound(Api.put(PATH + "/" + id, Api.ALPHA, "{}"));
        assertNotFound(Api.delete(PATH + "/" + id, Api.ALPHA));
    }

    @Test
    void takesADeletedToolOutOfEveryAssistant() {
        long kept = createdId(Api.ALPHA, minimal(uniqueName("kept")));
        long gone = createdId(Api.ALPHA, minimal(uniqueName("gone")));
        Api.Answer assistant = Api.createAssistant(Api.ALPHA, DemoData.minimalAssistant()
                .add("tool_ids", Json.createArrayBuilder().add(gone).add(kept)).build().toString());
        assertThat(assistant.status()).as(assistant.toString()).isEqualTo(201);
        long assistantId = assistant.data().getJsonNumber("id").longValue();
        Api.Answer before = Api.get("/user/assistant/" + assistantId, Api.ALPHA);

        assertThat(Api.delete(PATH + "/" + gone, Api.ALPHA).status()).isEqualTo(200);

        Api.Answer after = Api.get("/user/assistant/" + assistantId, Api.ALPHA);
        assertThat(after.data().getJsonArray("tool_ids")).isEqualTo(Json.createArrayBuilder().add(kept).build());
        assertThat(after.header("ETag")).as("the assistant changed").isNotEqualTo(before.header("ETag"));
        Api.assertRefused(Api.updateAssistant(Api.ALPHA, assistantId,
                        "{\"tool_ids\": [" + kept + ", " + gone + "]}"),
                Map.of("tool_ids.1", "The selected tool ids.1 is invalid."));
        Api.delete("/user/assistant/" + assistantId, Api.ALPHA);
        MidCallTools.deleteQuietly(Api.ALPHA, kept);
    }

    @Test
    void describesEveryToolPathInTheApiDocument() {
        JsonObject document = Api.openApiDocument();
        JsonObject paths = document.getJsonObject("paths");

        assertThat(paths.getJsonObject("/api/user/tools").keySet()).contains("get", "post");
        assertThat(paths.getJsonObject("/api/user/tools/{id}").keySet()).contains("get", "put", "delete");
        assertThat(paths.getJsonObject("/api/user/tools").getJsonObject("post").getString("operationId"))
                .isEqualTo("createMidCallTool");
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        JsonObject create = schemas.getJsonObject("CreateMidCallToolRequest");
        assertThat(create.getJsonObject("properties").keySet())
                .containsExactlyInAnyOrder("name", "description", "endpoint", "method", "timeout", "headers", "schema");
        assertThat(create.getJsonArray("required").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactlyInAnyOrder("name", "description", "endpoint", "method");
        assertThat(schemas.getJsonObject("UpdateMidCallToolRequest").containsKey("required")).isFalse();
    }

    private static void assertCreated(jakarta.json.JsonObjectBuilder body) {
        Api.Answer created = MidCallTools.create(Api.ALPHA, body.build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        MidCallTools.deleteQuietly(Api.ALPHA, created.data().getJsonNumber("id").longValue());
    }

    private static void assertNotFound(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.json()).isEqualTo(Json.createObjectBuilder().add("message", NOT_FOUND).build());
    }

    private static JsonArrayBuilder headers(int count, String value) {
        JsonArrayBuilder headers = Json.createArrayBuilder();
        for (int i = 0; i < count; i++) {
            headers.add(header("X-Header-" + (char) ('a' + i), value));
        }
        return headers;
    }

    static jakarta.json.JsonObjectBuilder header(String name, String value) {
        return Json.createObjectBuilder().add("name", name).add("value", value);
    }

    static jakarta.json.JsonObjectBuilder parameter(String name, String type, String description) {
        return Json.createObjectBuilder().add("name", name).add("type", type).add("description", description);
    }

    private static List<Long> ids(JsonArray items) {
        return items.stream().map(item -> item.asJsonObject().getJsonNumber("id").longValue()).toList();
    }
}
