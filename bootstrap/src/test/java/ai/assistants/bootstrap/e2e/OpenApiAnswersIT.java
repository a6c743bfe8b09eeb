package ai.assistants.bootstrap.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real answers of the running server, each checked against the schema the served OpenAPI document
 * declares for its operation and status: the types (a field declared non-null must not come back
 * null), every declared {@code required} property present, and no undeclared property where a schema
 * says {@code additionalProperties: false}. A status the document does not declare for the operation
 * fails too.
 */
class OpenApiAnswersIT {

    private static final ObjectMapper JACKSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final String COMPONENT_SCHEMAS = "#/components/schemas/";

    private static JsonNode document;
    private static JsonNode definitions;

    @BeforeAll
    static void readTheServedDocument() throws JsonProcessingException {
        Api.Answer served = Api.send(HttpRequest.newBuilder(URI.create(
                        Api.baseUrl() + "/openapi?format=JSON"))
                .timeout(Duration.ofSeconds(30)).GET().build());
        assertThat(served.status()).as(served.toString()).isEqualTo(200);
        document = JACKSON.readTree(served.body());
        assertThat(document.path("openapi").asText()).startsWith("3.1");
        definitions = asDefinitions(document.path("components").path("schemas"));
    }

    @Test
    void anAssistantWithEveryFieldSetIsDescribedFromCreateToDelete() {
        long knowledgebase = Api.get("/user/knowledgebases", Api.ALPHA).json().getJsonArray("data")
                .getJsonObject(0).getJsonNumber("id").longValue();
        long tool = DemoData.firstId(Api.get("/user/tools", Api.ALPHA).array());
        long folder = created(check("POST", "/user/folder", Api.post("/user/folder", Api.ALPHA,
                "{\"name\": \"" + unique("Folder") + "\", \"color\": \"teal\"}")));
        long label = created(check("POST", "/user/label", Api.post("/user/label", Api.ALPHA,
                "{\"name\": \"" + unique("Label") + "\"}")));
        String full = DemoData.minimalAssistant()
                .add("secondary_language_ids", Json.createArrayBuilder().add(otherLanguage()))
                .add("knowledgebase_id", knowledgebase)
                .add("knowledgebase_mode", "prompt")
                .add("phone_number_id", DemoData.freeInboundNumber(Api.ALPHA))
                .add("tool_ids", Json.createArrayBuilder().add(tool))
                .add("folder_id", folder)
                .add("label_ids", Json.createArrayBuilder().add(label))
                .add("tools", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "end_call").add("description", "Bye"))
                        .add(Json.createObjectBuilder().add("type", "collect_keypad").add("timeout", 10))
                        .add(Json.createObjectBuilder().add("type", "call_transfer").add("phone_number", "+14155550123"))
                        .add(Json.createObjectBuilder().add("type", "calendar_integration")
                                .add("calcom_api_key", "cal_live_0123456789wxyz").add("calcom_event_slug", "intro")))
                .add("fillers", true)
                .add("filler_config", Json.createObjectBuilder().add("positive", Json.createArrayBuilder().add("Great")))
                .add("max_initial_silence_duration", 10)
                .add("reengagement_prompt", "Still there?")
                .add("voice_mail_message", "Call us back")
                .add("min_interrupt_words", 2)
                .add("ambient_sound", "office")
                .add("is_webhook_active", true)
                .add("webhook_url", "https://hooks.example.com/calls")
                .add("conversation_ended_webhook_url", "https://hooks.example.com/ended")
                .add("inbound_webhook_url", "https://hooks.example.com/inbound")
                .add("post_call_schema", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "outcome").add("type", "string").add("description", "How the call ended")))
                .add("variables", Json.createObjectBuilder().add("company", "Acme").add("vip", true).add("tier", 2))
                .build().toString();

        long id = created(check("POST", "/user/assistant", Api.createAssistant(Api.ALPHA, full)));
        check("GET", "/user/assistant/{id}", Api.get("/user/assistant/" + id, Api.ALPHA));
        check("PUT", "/user/assistant/{id}", Api.updateAssistant(Api.ALPHA, id,
                "{\"name\": \"Renamed\", \"filler_config\": null, \"variables\": {}}"));
        check("GET", "/user/assistant/{id}", Api.get("/user/assistant/" + id, Api.ALPHA));
        check("POST", "/user/assistants/enable-inbound-webhook", Api.post("/user/assistants/enable-inbound-webhook",
                Api.ALPHA, "{\"assistant_id\": " + id + ", \"webhook_url\": \"https://hooks.example.com/in2\"}"));
        check("POST", "/user/assistants/disable-webhook", Api.post("/user/assistants/disable-webhook", Api.ALPHA,
                "{\"assistant_id\": " + id + "}"));
        check("DELETE", "/user/assistant/{id}", Api.delete("/user/assistant/" + id, Api.ALPHA));
        check("DELETE", "/user/folder/{id}", Api.delete("/user/folder/" + folder, Api.ALPHA));
        check("DELETE", "/user/label/{id}", Api.delete("/user/label/" + label, Api.ALPHA));
    }

    @Test
    void assistantsWithOnlyTheRequiredFieldsReadBackWithNulls() {
        long pipeline = created(check("POST", "/user/assistant",
                Api.createAssistant(Api.ALPHA, DemoData.minimalAssistant().build().toString())));
        long multimodal = created(check("POST", "/user/assistant",
                Api.createAssistant(Api.ALPHA, minimalOfMode("multimodal").add("chat_llm_fallback_id", DemoData.llm())
                        .add("turn_detection_threshold", 0.4).build().toString())));
        long dualplex = created(check("POST", "/user/assistant",
                Api.createAssistant(Api.ALPHA, minimalOfMode("dualplex").build().toString())));

        for (long id : new long[] {pipeline, multimodal, dualplex}) {
            check("GET", "/user/assistant/{id}", Api.get("/user/assistant/" + id, Api.ALPHA));
        }
        check("GET", "/user/assistants/get", Api.get("/user/assistants/get?per_page=100", Api.ALPHA));
        check("GET", "/user/assistants/get", Api.get("/user/assistants/get?page=1000", Api.ALPHA));
        check("GET", "/user/assistants", Api.get("/user/assistants", Api.ALPHA));
        check("GET", "/user/assistants/outbound", Api.get("/user/assistants/outbound", Api.ALPHA));
    }

    @Test
    void refusalsAreDescribed() {
        check("POST", "/user/assistant", Api.createAssistant(Api.ALPHA, "{\"name\": 5, \"mode\": \"x\"}"));
        check("POST", "/user/assistant", Api.createAssistant(Api.ALPHA, "{\"name\": "));
        check("GET", "/user/assistant/{id}", Api.get("/user/assistant/999999999", Api.ALPHA));
        check("GET", "/user/assistant/{id}", Api.get("/user/assistant/1", null));
        check("PUT", "/user/assistant/{id}", Api.updateAssistant(Api.ALPHA, 999999999, "{}"));
        long id = created(Api.createAssistant(Api.ALPHA, DemoData.minimalAssistant().build().toString()));
        check("PUT", "/user/assistant/{id}", Api.updateAssistant(Api.ALPHA, id, "{\"max_duration\": 5}"));
        check("GET", "/user/assistants/get", Api.get("/user/assistants/get?page=0", Api.ALPHA));
        check("GET", "/user/assistants/models", Api.get("/user/assistants/models?type=foo", Api.ALPHA));
        check("GET", "/user/assistants/voices", Api.get("/user/assistants/voices?mode=foo", Api.ALPHA));
        check("POST", "/user/assistants/enable-webhook", Api.post("/user/assistants/enable-webhook", Api.ALPHA,
                "{\"assistant_id\": 999999999, \"webhook_url\": \"https://hooks.example.com/x\"}"));
        check("GET", "/user/me", Api.get("/user/me", "not-a-key"));
    }

    @Test
    void retriesWithAnIdempotencyKeyAreDescribed() {
        String key = java.util.UUID.randomUUID().toString();
        String body = DemoData.minimalAssistant().build().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            check("POST", "/user/assistant", keyed(key, body));
        }
        check("POST", "/user/assistant", keyed(key, DemoData.minimalAssistant().build().toString()));
        check("POST", "/user/assistant", keyed("not visible ascii", body));
        String refusedKey = java.util.UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            check("POST", "/user/assistant", keyed(refusedKey, "{\"name\": 5}"));
        }
    }

    private static Api.Answer keyed(String idempotencyKey, String body) {
        return Api.send(Api.request("/user/assistant", Api.ALPHA).header("Content-Type", Api.JSON)
                .header("Idempotency-Key", idempotencyKey)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void catalogLookUpsAreDescribed() {
        long english = DemoData.english();
        check("GET", "/user/assistants/languages", Api.get("/user/assistants/languages", Api.ALPHA));
        for (String mode : new String[] {"pipeline", "multimodal", "dualplex"}) {
            check("GET", "/user/assistants/voices", Api.get("/user/assistants/voices?mode=" + mode, Api.ALPHA));
        }
        check("GET", "/user/assistants/voices", Api.get("/user/assistants/voices?language_id=" + english, Api.ALPHA));
        for (String type : new String[] {"", "?type=llm", "?type=multimodal", "?type=dualplex"}) {
            check("GET", "/user/assistants/models", Api.get("/user/assistants/models" + type, Api.ALPHA));
        }
        check("GET", "/user/assistants/synthesizer-providers",
                Api.get("/user/assistants/synthesizer-providers?language_id=" + english, Api.ALPHA));
        check("GET", "/user/assistants/transcriber-providers", Api.get("/user/assistants/transcriber-providers", Api.ALPHA));
        check("GET", "/user/assistants/phone-numbers", Api.get("/user/assistants/phone-numbers", Api.ALPHA));
        check("GET", "/user/assistants/phone-numbers", Api.get("/user/assistants/phone-numbers?type=inbound", Api.ALPHA));
    }

    @Test
    void whatAnAccountOwnsIsDescribed() {
        check("GET", "/user/me", Api.get("/user/me", Api.ALPHA));
        check("GET", "/user/phone-numbers/all", Api.get("/user/phone-numbers/all", Api.ALPHA));

        check("GET", "/user/tools", Api.get("/user/tools", Api.ALPHA));
        long tool = created(check("POST", "/user/tools", MidCallTools.create(Api.ALPHA,
                MidCallTools.minimal(MidCallTools.uniqueName("described")).build().toString())));
        check("GET", "/user/tools/{id}", Api.get("/user/tools/" + tool, Api.ALPHA));
        check("PUT", "/user/tools/{id}", Api.put("/user/tools/" + tool, Api.ALPHA,
                "{\"headers\": [{\"name\": \"X-Key\", \"value\": \"v\"}]}"));
        check("PUT", "/user/tools/{id}", Api.put("/user/tools/" + tool, Api.ALPHA, "{\"timeout\": 99}"));
        check("DELETE", "/user/tools/{id}", Api.delete("/user/tools/" + tool, Api.ALPHA));
        check("GET", "/user/tools/{id}", Api.get("/user/tools/" + tool, Api.ALPHA));

        check("GET", "/user/knowledgebases", Api.get("/user/knowledgebases", Api.ALPHA));
        long knowledgebase = created(check("POST", "/user/knowledgebases", Api.post("/user/knowledgebases", Api.ALPHA,
                "{\"name\": \"" + unique("Manual") + "\"}")));
        check("GET", "/user/knowledgebases/{id}", Api.get("/user/knowledgebases/" + knowledgebase, Api.ALPHA));
        check("PUT", "/user/knowledgebases/{id}", Api.put("/user/knowledgebases/" + knowledgebase, Api.ALPHA,
                "{\"description\": \"The manual\"}"));
        check("POST", "/user/knowledgebases", Api.post("/user/knowledgebases", Api.ALPHA, "{}"));
        check("DELETE", "/user/knowledgebases/{id}", Api.delete("/user/knowledgebases/" + knowledgebase, Api.ALPHA));
        check("GET", "/user/knowledgebases/{id}", Api.get("/user/knowledgebases/" + knowledgebase, Api.ALPHA));

        for (String kind : new String[] {"folder", "label"}) {
            long category = created(check("POST", "/user/" + kind, Api.post("/user/" + kind, Api.ALPHA,
                    "{\"name\": \"" + unique(kind) + "\"}")));
            check("GET", "/user/" + kind + "s", Api.get("/user/" + kind + "s", Api.ALPHA));
            check("PUT", "/user/" + kind + "/{id}", Api.put("/user/" + kind + "/" + category, Api.ALPHA,
                    "{\"color\": \"red\"}"));
            check("PUT", "/user/" + kind + "s/{id}", Api.put("/user/" + kind + "s/" + category, Api.ALPHA,
                    "{\"color\": \"plaid\"}"));
            check("DELETE", "/user/" + kind + "s/{id}", Api.delete("/user/" + kind + "s/" + category, Api.ALPHA));
            check("DELETE", "/user/" + kind + "/{id}", Api.delete("/user/" + kind + "/" + category, Api.ALPHA));
        }
    }

    @Test
    void operatorAnswersAreDescribed() {
        Api.Answer account = check("POST", "/admin/accounts", Operators.post("/admin/accounts",
                "{\"name\": \"Described\", \"email\": \"ops@described.example.com\"}"));
        long accountId = account.data().getJsonNumber("id").longValue();
        check("POST", "/admin/accounts", Operators.post("/admin/accounts", "{}"));
        check("GET", "/admin/accounts", Operators.get("/admin/accounts"));
        check("GET", "/admin/accounts/{id}", Operators.get("/admin/accounts/" + accountId));
        check("GET", "/admin/accounts/{id}", Operators.get("/admin/accounts/999999999"));
        long key = created(check("POST", "/admin/accounts/{id}/api-keys",
                Operators.post("/admin/accounts/" + accountId + "/api-keys", "{}")));
        check("GET", "/admin/accounts/{id}/api-keys", Operators.get("/admin/accounts/" + accountId + "/api-keys"));
        long number = created(check("POST", "/admin/accounts/{id}/phone-numbers", Operators.post(
                "/admin/accounts/" + accountId + "/phone-numbers", Operators.numberJson(Operators.freshNumber()))));
        check("DELETE", "/admin/phone-numbers/{id}", Operators.delete("/admin/phone-numbers/" + number));
        check("DELETE", "/admin/api-keys/{id}", Operators.delete("/admin/api-keys/" + key));
        check("DELETE", "/admin/api-keys/{id}", Operators.delete("/admin/api-keys/" + key));
        check("GET", "/admin/accounts", Api.get("/admin/accounts", Api.ALPHA));
    }

    @Test
    void declaresTheAnswersEveryOperationSharesOnce() {
        JsonNode responses = document.path("components").path("responses");
        assertThat(responses.path("TooManyRequests").path("headers").has("Retry-After")).isTrue();
        assertThat(responses.path("TooManyRequests").path("headers").has("X-RateLimit-Remaining")).isTrue();
        assertThat(responses.path("ServiceUnavailable").path("headers").has("Retry-After")).isTrue();
        List<String> missing = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            JsonNode answers = operation.getValue().path("responses");
            expectRef(answers.path("503"), "#/components/responses/ServiceUnavailable", name + " 503", missing);
            if (!path.getKey().startsWith("/api/admin/")) {
                expectRef(answers.path("429"), "#/components/responses/TooManyRequests", name + " 429", missing);
                if (operation.getKey().equals("post") && answers.has("201")) {
                    expectRef(answers.path("409"), "#/components/responses/IdempotencyConflict", name + " 409", missing);
                    boolean takesKey = false;
                    for (JsonNode parameter : operation.getValue().path("parameters")) {
                        takesKey |= parameter.path("$ref").asText().equals("#/components/parameters/IdempotencyKey");
                    }
                    if (!takesKey) {
                        missing.add(name + " Idempotency-Key");
                    }
                    if (!answers.path("201").path("headers").has("Idempotent-Replayed")) {
                        missing.add(name + " 201 Idempotent-Replayed");
                    }
                }
            }
        }));
        assertThat(missing).isEmpty();
    }

    /**
     * The suite's servers never limit nor lose their database (RateLimitIT and OutageIT do that on
     * servers of their own), so the shared answers' schemas are held to the contract's literal bodies.
     */
    @Test
    void theSharedAnswersTakeTheContractsBodies() {
        Map<String, String> bodies = Map.of(
                "TooManyRequests", "{\"error\": \"Rate limit exceeded\","
                        + " \"message\": \"Too many requests. Please try again later.\", \"retry_after\": 12}",
                "ServiceUnavailable", "{\"message\": \"Service temporarily unavailable.\"}",
                "IdempotencyConflict", "{\"message\": \"This idempotency key was already used for a different request.\"}");
        bodies.forEach((name, body) -> {
            JsonNode schema = document.path("components").path("responses").path(name)
                    .path("content").path("application/json").path("schema");
            assertThat(schema.isMissingNode()).as(name + " declares no JSON body").isFalse();
            assertThat(SCHEMAS.getSchema(standalone(schema)).validate(parse(body))).as(name).isEmpty();
        });
        JsonNode rateLimited = document.path("components").path("schemas").path("RateLimited").path("required");
        assertThat(rateLimited.toString()).contains("\"error\"", "\"message\"", "\"retry_after\"");
    }

    private static void expectRef(JsonNode answer, String ref, String what, List<String> missing) {
        if (!answer.path("$ref").asText().equals(ref)) {
            missing.add(what);
        }
    }

    /**
     * Validates the answer's body against the schema the document declares for this operation and
     * the answer's status; returns the answer.
     */
    private static Api.Answer check(String method, String path, Api.Answer answer) {
        String operation = method + " /api" + path + " " + answer.status();
        JsonNode declared = document.path("paths").path("/api" + path).path(method.toLowerCase());
        assertThat(declared.isMissingNode()).as(operation + ": no such operation in the document").isFalse();
        JsonNode response = resolve(declared.path("responses").path(Integer.toString(answer.status())));
        assertThat(response.isMissingNode()).as(operation + " is not declared; the answer was " + answer).isFalse();
        JsonNode schema = response.path("content").path("application/json").path("schema");
        assertThat(schema.isMissingNode()).as(operation + " declares no JSON body").isFalse();

        Set<ValidationMessage> errors = SCHEMAS.getSchema(standalone(schema)).validate(body(answer));
        assertThat(errors).as(operation + " does not match its declared schema; the answer was " + answer).isEmpty();
        return answer;
    }

    /** A response given as {@code $ref} to {@code components/responses}. */
    private static JsonNode resolve(JsonNode response) {
        String ref = response.path("$ref").asText("");
        String prefix = "#/components/responses/";
        return ref.startsWith(prefix) ? document.path("components").path("responses").path(ref.substring(prefix.length()))
                : response;
    }

    /** The schema as a draft 2020-12 document of its own, with the document's named schemas as its {@code $defs}. */
    private static JsonNode standalone(JsonNode schema) {
        ObjectNode root = JACKSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("$defs", definitions);
        ObjectNode rewritten = (ObjectNode) asDefinitions(schema);
        for (Iterator<Map.Entry<String, JsonNode>> fields = rewritten.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            root.set(field.getKey(), field.getValue());
        }
        return root;
    }

    private static JsonNode asDefinitions(JsonNode schemas) {
        try {
            return JACKSON.readTree(JACKSON.writeValueAsString(schemas).replace(COMPONENT_SCHEMAS, "#/$defs/"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode body(Api.Answer answer) {
        return parse(answer.body());
    }

    private static JsonNode parse(String json) {
        try {
            return JACKSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    private static long created(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.data().getJsonNumber("id").longValue();
    }

    private static JsonObjectBuilder minimalOfMode(String mode) {
        long english = DemoData.english();
        JsonObject model = Api.get("/user/assistants/models?type=" + mode, Api.ALPHA).array().getJsonObject(0);
        long voice = DemoData.firstId(Api.get("/user/assistants/voices?mode=" + mode + "&language_id=" + english,
                Api.ALPHA).array());
        return Json.createObjectBuilder(DemoData.minimalAssistant().build())
                .remove("llm_model_id")
                .add("mode", mode)
                .add("voice_id", voice)
                .add("multimodal_model_id", model.getJsonNumber("id").longValue());
    }

    private static long otherLanguage() {
        long english = DemoData.english();
        return Api.get("/user/assistants/languages", Api.ALPHA).array().stream().map(JsonValue::asJsonObject)
                .mapToLong(language -> language.getJsonNumber("id").longValue())
                .filter(id -> id != english).findFirst().orElseThrow();
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }
}
