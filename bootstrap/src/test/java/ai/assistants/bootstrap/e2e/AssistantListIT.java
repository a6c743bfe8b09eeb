package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three listings against the running server. Other tests add assistants to the same demo
 * accounts, so no total is assumed: tests compare what they add (deltas) or relations (the pages
 * together hold every assistant once, in id order). There is no account without assistants to ask,
 * so emptiness is seen on pages past the end.
 */
class AssistantListIT {

    private static final String PAGINATED = "/user/assistants/get";
    private static final String ALL = "/user/assistants";
    private static final String OUTBOUND = "/user/assistants/outbound";
    private static final List<String> ENVELOPE_KEYS = List.of("current_page", "data", "first_page_url", "from",
            "last_page", "last_page_url", "links", "next_page_url", "path", "per_page", "prev_page_url", "to", "total");

    /** The smallest valid assistant, discovered once: the listings are about what is stored, not how. */
    private static JsonObject minimal;
    private static String path;

    @BeforeAll
    static void discoverTheDemoData() {
        minimal = DemoData.minimalAssistant().build();
        path = Api.uri(PAGINATED).toString();
    }

    private static long create(String apiKey, JsonObjectBuilder assistant) {
        Api.Answer answer = Api.createAssistant(apiKey, assistant.add("name", "List " + UUID.randomUUID()).build()
                .toString());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.data().getJsonNumber("id").longValue();
    }

    private static long create(String apiKey) {
        return create(apiKey, Json.createObjectBuilder(minimal));
    }

    private static JsonObject page(String query, String apiKey) {
        Api.Answer answer = Api.get(PAGINATED + query, apiKey);
        assertThat(answer.status()).as(query + " " + answer).isEqualTo(200);
        assertThat(answer.header("Content-Type")).get().asString().startsWith("application/json");
        return answer.json();
    }

    private static JsonArray bare(String listing, String apiKey) {
        Api.Answer answer = Api.get(listing, apiKey);
        assertThat(answer.status()).as(listing + " " + answer).isEqualTo(200);
        return answer.array();
    }

    private static long number(JsonObject object, String key) {
        return object.getJsonNumber(key).longValue();
    }

    private static List<Long> ids(JsonArray items) {
        return items.stream().map(item -> number(item.asJsonObject(), "id")).toList();
    }

    private static List<String> labels(JsonObject envelope) {
        return envelope.getJsonArray("links").stream().map(link -> link.asJsonObject().getString("label")).toList();
    }

    /** Every item of the caller's listing, page by page (100 a page), checking each page's own numbers. */
    private static List<JsonObject> everyPage(String apiKey) {
        List<JsonObject> items = new ArrayList<>();
        JsonObject first = page("?per_page=100", apiKey);
        for (long current = 1; current <= number(first, "last_page"); current++) {
            JsonObject page = current == 1 ? first : page("?per_page=100&page=" + current, apiKey);
            assertThat(number(page, "total")).as("a stable total while paging").isEqualTo(number(first, "total"));
            page.getJsonArray("data").forEach(item -> items.add(item.asJsonObject()));
        }
        return items;
    }

    @Test
    void answersLaravelsEnvelopeKeyForKeyInItsOrder() {
        create(Api.ALPHA);

        Api.Answer answer = Api.get(PAGINATED, Api.ALPHA);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("X-Request-Id")).isPresent();
        assertThat(List.copyOf(answer.json().keySet())).isEqualTo(ENVELOPE_KEYS);
        assertThat(answer.json().getJsonArray("links").getJsonObject(0).keySet()).containsExactly("url", "label", "active");
        // The labels' entities are the characters themselves in the JSON text, not escapes of them.
        assertThat(answer.body()).contains("\"label\":\"&laquo; Previous\"", "\"label\":\"Next &raquo;\"");
    }

    @Test
    void holdsEveryOneOfTheCallersAssistantsOnceInIdOrder() {
        long created = create(Api.ALPHA);

        List<JsonObject> items = everyPage(Api.ALPHA);

        List<Long> ids = items.stream().map(item -> number(item, "id")).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates().contains(created);
        assertThat((long) ids.size()).isEqualTo(number(page("", Api.ALPHA), "total"));
        assertThat(ids(bare(ALL, Api.ALPHA))).isEqualTo(ids);
    }

    @Test
    void numbersTheFirstMiddleLastAndPastTheEndPages() {
        for (int i = 0; i < 3; i++) {
            create(Api.ALPHA);
        }
        long total = number(page("", Api.ALPHA), "total");

        JsonObject first = page("?per_page=1", Api.ALPHA);
        JsonObject middle = page("?per_page=1&page=2", Api.ALPHA);
        JsonObject last = page("?per_page=1&page=" + total, Api.ALPHA);
        JsonObject pastTheEnd = page("?per_page=1&page=" + (total + 1), Api.ALPHA);

        for (JsonObject page : List.of(first, middle, last, pastTheEnd)) {
            assertThat(number(page, "total")).isEqualTo(total);
            assertThat(number(page, "last_page")).isEqualTo(total);
            assertThat(number(page, "per_page")).isEqualTo(1);
            assertThat(page.getString("path")).isEqualTo(path);
            assertThat(page.getString("first_page_url")).isEqualTo(path + "?page=1&per_page=1");
            assertThat(page.getString("last_page_url")).isEqualTo(path + "?page=" + total + "&per_page=1");
            assertThat(labels(page)).startsWith("&laquo; Previous").endsWith("Next &raquo;");
        }
        assertThat(number(first, "current_page")).isEqualTo(1);
        assertThat(number(first, "from")).isEqualTo(1);
        assertThat(number(first, "to")).isEqualTo(1);
        assertThat(first.get("prev_page_url")).isEqualTo(JsonValue.NULL);
        assertThat(first.getString("next_page_url")).isEqualTo(path + "?page=2&per_page=1");

        assertThat(number(middle, "current_page")).isEqualTo(2);
        assertThat(number(middle, "from")).isEqualTo(2);
        assertThat(number(middle, "to")).isEqualTo(2);
        assertThat(middle.getString("prev_page_url")).isEqualTo(path + "?page=1&per_page=1");
        assertThat(middle.getString("next_page_url")).isEqualTo(path + "?page=3&per_page=1");

        assertThat(number(last, "current_page")).isEqualTo(total);
        assertThat(number(last, "from")).isEqualTo(total);
        assertThat(number(last, "to")).isEqualTo(total);
        assertThat(last.getString("prev_page_url")).isEqualTo(path + "?page=" + (total - 1) + "&per_page=1");
        assertThat(last.get("next_page_url")).isEqualTo(JsonValue.NULL);
        assertThat(ids(last.getJsonArray("data"))).containsExactly(ids(bare(ALL, Api.ALPHA)).get((int) total - 1));

        assertThat(number(pastTheEnd, "current_page")).isEqualTo(total + 1);
        assertThat(pastTheEnd.getJsonArray("data")).isEmpty();
        assertThat(pastTheEnd.get("from")).isEqualTo(JsonValue.NULL);
        assertThat(pastTheEnd.get("to")).isEqualTo(JsonValue.NULL);
        assertThat(pastTheEnd.get("next_page_url")).isEqualTo(JsonValue.NULL);
        assertThat(pastTheEnd.getJsonArray("links")).noneMatch(link -> link.asJsonObject().getBoolean("active"));
    }

    @Test
    void windowsTheLinksFromFourteenPagesOn() {
        long total = number(page("", Api.ALPHA), "total");
        for (long i = total; i < 14; i++) {
            create(Api.ALPHA);
        }

        JsonObject first = page("?per_page=1", Api.ALPHA);

        long lastPage = number(first, "last_page");
        assertThat(labels(first)).containsExactly("&laquo; Previous", "1", "2", "3", "4", "5", "6", "7", "8", "9",
                "10", "...", Long.toString(lastPage - 1), Long.toString(lastPage), "Next &raquo;");
        assertThat(first.getJsonArray("links").getJsonObject(11)).isEqualTo(Json.createObjectBuilder()
                .add("url", JsonValue.NULL).add("label", "...").add("active", false).build());
        assertThat(first.getJsonArray("links").getJsonObject(1)).isEqualTo(Json.createObjectBuilder()
                .add("url", path + "?page=1&per_page=1").add("label", "1").add("active", true).build());
    }

    @Test
    void givesEachItemExactlyAsReadingItBackDoesWithSecretsMasked() {
        long id = create(Api.ALPHA, Json.createObjectBuilder(minimal).add("tools", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "calendar_integration")
                        .add("calcom_api_key", "cal_live_0123456789wxyz").add("calcom_event_slug", "intro"))));
        JsonObject readBack = Api.get("/user/assistant/" + id, Api.ALPHA).data();
        long position = ids(bare(ALL, Api.ALPHA)).indexOf(id) + 1;

        JsonObject listed = page("?per_page=1&page=" + position, Api.ALPHA).getJsonArray("data").getJsonObject(0);

        assertThat(listed).isEqualTo(readBack);
        assertThat(listed.getJsonArray("tools").getJsonObject(0).getString("calcom_api_key")).isEqualTo("****wxyz");
        assertThat(bare(ALL, Api.ALPHA)).contains(readBack);
        assertThat(bare(OUTBOUND, Api.ALPHA)).contains(readBack);
        assertThat(Api.get(ALL, Api.ALPHA).body()).doesNotContain("cal_live_0123456789wxyz");
    }

    @Test
    void listsOnlyTheCallersAssistants() {
        long betasBefore = number(page("", Api.BETA), "total");
        long alphas = create(Api.ALPHA);
        long betas = create(Api.BETA);

        assertThat(number(page("", Api.BETA), "total")).isEqualTo(betasBefore + 1);
        List<Long> betaIds = everyPage(Api.BETA).stream().map(item -> number(item, "id")).toList();
        assertThat(betaIds).contains(betas).doesNotContain(alphas);
        assertThat(ids(bare(ALL, Api.BETA))).isEqualTo(betaIds);
        assertThat(ids(bare(OUTBOUND, Api.BETA))).contains(betas).doesNotContain(alphas);
        assertThat(ids(bare(ALL, Api.ALPHA))).contains(alphas).doesNotContainAnyElementsOf(betaIds);
    }

    @Test
    void listsOutboundAssistantsApartFromInboundOnes() {
        long inbound = create(Api.ALPHA, Json.createObjectBuilder(minimal).add("type", "inbound"));
        long outbound = create(Api.ALPHA);

        JsonArray all = bare(ALL, Api.ALPHA);
        JsonArray outbounds = bare(OUTBOUND, Api.ALPHA);

        assertThat(ids(all)).contains(inbound, outbound).isSorted();
        assertThat(ids(outbounds)).contains(outbound).doesNotContain(inbound).isSorted();
        assertThat(outbounds).allSatisfy(item -> assertThat(item.asJsonObject().getString("type")).isEqualTo("outbound"));
        assertThat(outbounds).containsExactlyElementsOf(all.stream()
                .filter(item -> item.asJsonObject().getString("type").equals("outbound")).collect(Collectors.toList()));
    }

    @Test
    void takesEmptyValuesAsAbsentAndIgnoresUnknownParameters() {
        create(Api.ALPHA);

        JsonObject plain = page("", Api.ALPHA);

        assertThat(page("?page=&per_page=", Api.ALPHA)).isEqualTo(plain);
        assertThat(page("?sort=name&per_page=&filter%5Bname%5D=x", Api.ALPHA)).isEqualTo(plain);
        assertThat(number(plain, "current_page")).isEqualTo(1);
        assertThat(number(plain, "per_page")).isEqualTo(10);
        assertThat(plain.getString("first_page_url")).isEqualTo(path + "?page=1");
        assertThat(plain.getJsonArray("data").size()).isEqualTo((int) Math.min(10, number(plain, "total")));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void servesPagesOfEverySizeTheContractAllows(int perPage) {
        JsonObject page = page("?per_page=" + perPage, Api.ALPHA);

        assertThat(number(page, "per_page")).isEqualTo(perPage);
        assertThat(page.getJsonArray("data").size()).isEqualTo((int) Math.min(perPage, number(page, "total")));
        assertThat(page.isNull("next_page_url") || page.getString("next_page_url").endsWith("&per_page=" + perPage))
                .as(page.get("next_page_url").toString()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "?page=0                    | page     | The page field must be at least 1.",
            "?page=-3                   | page     | The page field must be at least 1.",
            "?page=abc                  | page     | The page field must be an integer.",
            "?page=1.5                  | page     | The page field must be an integer.",
            "?page=99999999999999999999 | page     | The page field must be an integer.",
            "?per_page=0                | per_page | The per page field must be between 1 and 100.",
            "?per_page=101              | per_page | The per page field must be between 1 and 100.",
            "?per_page=ten              | per_page | The per page field must be an integer.",
    })
    void refusesABadParameterWithItsMessage(String query, String field, String message) {
        Api.assertRefused(Api.get(PAGINATED + query, Api.ALPHA), Map.of(field, message));
    }

    @Test
    void reportsBothBadParametersInOneAnswer() {
        Api.Answer answer = Api.get(PAGINATED + "?page=0&per_page=500", Api.ALPHA);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.message()).isEqualTo("Validation failed");
        assertThat(answer.errors()).isEqualTo(Json.createObjectBuilder()
                .add("page", Json.createArrayBuilder().add("The page field must be at least 1."))
                .add("per_page", Json.createArrayBuilder().add("The per page field must be between 1 and 100."))
                .build());
    }

    @ParameterizedTest
    @ValueSource(strings = {PAGINATED, ALL, OUTBOUND})
    void refusesEachListingWithoutAKey(String listing) {
        Api.Answer answer = Api.get(listing, null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.message()).isEqualTo("Unauthenticated.");
    }

    @Test
    void describesEachListingInTheOpenApiDocument() {
        JsonObject document = Api.openApiDocument();
        JsonObject paths = document.getJsonObject("paths");

        JsonObject paginated = paths.getJsonObject("/api" + PAGINATED).getJsonObject("get");
        assertThat(paginated.getString("operationId")).isEqualTo("listAssistantsPaginated");
        assertThat(paginated.getJsonObject("responses").keySet())
                .containsExactlyInAnyOrder("200", "401", "422", "429", "503");
        Map<String, JsonObject> parameters = paginated.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(parameter -> parameter.getString("name"), parameter -> parameter));
        assertThat(parameters.keySet()).containsExactlyInAnyOrder("page", "per_page");
        assertThat(parameters.get("page").getJsonObject("schema").getInt("minimum")).isEqualTo(1);
        assertThat(parameters.get("per_page").getJsonObject("schema").getInt("maximum")).isEqualTo(100);
        assertThat(parameters.get("per_page").getJsonObject("schema").getInt("default")).isEqualTo(10);
        String envelope = paginated.getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref")
                .replace("#/components/schemas/", "");
        JsonObject envelopeSchema = document.getJsonObject("components").getJsonObject("schemas").getJsonObject(envelope);
        assertThat(List.copyOf(envelopeSchema.getJsonObject("properties").keySet())).isEqualTo(ENVELOPE_KEYS);
        assertThat(envelopeSchema.getJsonObject("properties").getJsonObject("data").getJsonObject("items")
                .getString("$ref")).isEqualTo("#/components/schemas/Assistant");

        for (Map.Entry<String, String> bare : Map.of(ALL, "listAssistants", OUTBOUND, "listOutboundAssistants").entrySet()) {
            JsonObject operation = paths.getJsonObject("/api" + bare.getKey()).getJsonObject("get");
            assertThat(operation.getString("operationId")).isEqualTo(bare.getValue());
            assertThat(operation.getJsonObject("responses").keySet()).containsExactlyInAnyOrder("200", "401", "429", "503");
            assertThat(operation.getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                    .getJsonObject("application/json").getJsonObject("schema").getString("type")).isEqualTo("array");
        }
    }
}
