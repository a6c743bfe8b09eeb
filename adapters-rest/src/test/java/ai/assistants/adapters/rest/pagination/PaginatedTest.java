package ai.assistants.adapters.rest.pagination;

import ai.assistants.adapters.rest.json.JsonbConfiguration;
import ai.assistants.application.paging.Page;
import ai.assistants.application.paging.PageRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The envelope as JSON-B writes it, compared with what Laravel's paginator answers for the same page. */
class PaginatedTest {

    private static final Jsonb JSONB = JsonbConfiguration.create();
    private static final URI LISTING = URI.create("http://api.example.com:9080/api/user/assistants/get");
    private static final String PATH = "http://api.example.com:9080/api/user/assistants/get";

    private static String written(long page, int perPage, boolean perPageSent, long total) {
        PageRequest request = new PageRequest(page, perPage);
        long onThisPage = Math.max(0, Math.min(perPage, total - request.offset()));
        List<String> items = Collections.nCopies((int) onThisPage, "item");
        return JSONB.toJson(Paginated.of(new Page<>(items, request, total), items, new PageQuery(request, perPageSent),
                LISTING));
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static List<String> labels(JsonObject envelope) {
        return envelope.getJsonArray("links").stream().map(link -> link.asJsonObject().getString("label")).toList();
    }

    @Test
    void writesAnEmptyListingAsLaravelDoesKeyForKeyInItsOrder() {
        assertThat(written(1, 10, false, 0)).isEqualTo("{"
                + "\"current_page\":1,\"data\":[],\"first_page_url\":\"" + PATH + "?page=1\",\"from\":null,"
                + "\"last_page\":1,\"last_page_url\":\"" + PATH + "?page=1\",\"links\":["
                + "{\"url\":null,\"label\":\"&laquo; Previous\",\"active\":false},"
                + "{\"url\":\"" + PATH + "?page=1\",\"label\":\"1\",\"active\":true},"
                + "{\"url\":null,\"label\":\"Next &raquo;\",\"active\":false}],"
                + "\"next_page_url\":null,\"path\":\"" + PATH + "\",\"per_page\":10,\"prev_page_url\":null,"
                + "\"to\":null,\"total\":0}");
    }

    @Test
    void placesAMiddlePageAndRepeatsPerPageInEveryUrlWhenItWasSent() {
        JsonObject page = json(written(2, 10, true, 23));

        assertThat(page.getJsonNumber("current_page").longValue()).isEqualTo(2);
        assertThat(page.getJsonArray("data")).hasSize(10);
        assertThat(page.getJsonNumber("from").longValue()).isEqualTo(11);
        assertThat(page.getJsonNumber("to").longValue()).isEqualTo(20);
        assertThat(page.getJsonNumber("last_page").longValue()).isEqualTo(3);
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(23);
        assertThat(page.getString("first_page_url")).isEqualTo(PATH + "?page=1&per_page=10");
        assertThat(page.getString("last_page_url")).isEqualTo(PATH + "?page=3&per_page=10");
        assertThat(page.getString("prev_page_url")).isEqualTo(PATH + "?page=1&per_page=10");
        assertThat(page.getString("next_page_url")).isEqualTo(PATH + "?page=3&per_page=10");
        assertThat(page.getString("path")).isEqualTo(PATH);
        assertThat(page.getJsonArray("links")).containsExactly(
                link(PATH + "?page=1&per_page=10", "&laquo; Previous", false),
                link(PATH + "?page=1&per_page=10", "1", false),
                link(PATH + "?page=2&per_page=10", "2", true),
                link(PATH + "?page=3&per_page=10", "3", false),
                link(PATH + "?page=3&per_page=10", "Next &raquo;", false));
    }

    @Test
    void endsTheLastPageAtTheTotal() {
        JsonObject page = json(written(3, 10, false, 23));

        assertThat(page.getJsonNumber("from").longValue()).isEqualTo(21);
        assertThat(page.getJsonNumber("to").longValue()).isEqualTo(23);
        assertThat(page.get("next_page_url")).isEqualTo(JsonValue.NULL);
        assertThat(page.getString("prev_page_url")).isEqualTo(PATH + "?page=2");
        assertThat(labels(page)).containsExactly("&laquo; Previous", "1", "2", "3", "Next &raquo;");
    }

    @Test
    void answersAPagePastTheEndEmptyWithTheLinksOfTheListing() {
        JsonObject page = json(written(5, 10, false, 23));

        assertThat(page.getJsonNumber("current_page").longValue()).isEqualTo(5);
        assertThat(page.getJsonArray("data")).isEmpty();
        assertThat(page.get("from")).isEqualTo(JsonValue.NULL);
        assertThat(page.get("to")).isEqualTo(JsonValue.NULL);
        assertThat(page.get("next_page_url")).isEqualTo(JsonValue.NULL);
        // Laravel links the page before the current one whatever lies there.
        assertThat(page.getString("prev_page_url")).isEqualTo(PATH + "?page=4");
        assertThat(page.getJsonArray("links")).noneMatch(link -> link.asJsonObject().getBoolean("active"));
    }

    @Test
    void windowsTheLinksFromFourteenPagesOnWithAGapLinkOnEachSide() {
        JsonObject page = json(written(10, 10, false, 200));

        assertThat(labels(page)).containsExactly("&laquo; Previous", "1", "2", "...", "7", "8", "9", "10", "11",
                "12", "13", "...", "19", "20", "Next &raquo;");
        assertThat(page.getJsonArray("links").get(3)).isEqualTo(link(null, "...", false));
        assertThat(page.getJsonArray("links").get(7)).isEqualTo(link(PATH + "?page=10", "10", true));
        assertThat(labels(json(written(1, 10, false, 130)))).containsExactly("&laquo; Previous", "1", "2", "3", "4", "5",
                "6", "7", "8", "9", "10", "11", "12", "13", "Next &raquo;");
    }

    private static JsonObject link(String url, String label, boolean active) {
        return Json.createObjectBuilder().add("url", url == null ? JsonValue.NULL : Json.createValue(url))
                .add("label", label).add("active", active).build();
    }
}
