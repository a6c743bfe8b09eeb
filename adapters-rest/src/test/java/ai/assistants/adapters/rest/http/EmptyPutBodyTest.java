package ai.assistants.adapters.rest.http;

import ai.assistants.adapters.rest.json.JsonBodyParser;
import jakarta.json.JsonObject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An empty PUT reaches its resource as the JSON object {@code {}}, through both request filters and the parser. */
class EmptyPutBodyTest {

    private final EmptyPutBody emptyPutBody = new EmptyPutBody();
    private final RequestBodyGuard guard = new RequestBodyGuard();
    private final JsonBodyParser parser = new JsonBodyParser();

    /** The filters in the order JAX-RS runs them (pre-matching first), then the body as the resource reads it. */
    private JsonObject asTheResourceReadsIt(FakeRequestContext request) {
        ContainerRequestContext context = request.context();
        emptyPutBody.filter(context);
        guard.filter(context);
        return parser.parseObject(request.entity());
    }

    @Test
    void readsAPutWithoutABodyAsAnEmptyObject() {
        JsonObject read = asTheResourceReadsIt(FakeRequestContext.of("PUT", "").header("Content-Type", "application/json"));

        assertThat(read).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "text/plain", "application/octet-stream"})
    void readsAnEmptyPutAsJsonWhateverTypeItNamed(String contentType) {
        FakeRequestContext request = FakeRequestContext.of("PUT", "").header("Content-Length", "0");
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }

        JsonObject read = asTheResourceReadsIt(request);

        assertThat(read).isEmpty();
        assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void leavesAPutWithABodyAsItCame() throws IOException {
        FakeRequestContext request = FakeRequestContext.of("PUT", "{\"name\":\"x\"}").header("Content-Type", "text/plain");

        emptyPutBody.filter(request.context());

        assertThat(new String(request.entity().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"x\"}");
        assertThat(request.headers().getFirst("Content-Type")).isEqualTo("text/plain");
        assertThatThrownBy(() -> guard.filter(request.context())).isInstanceOfSatisfying(ApiException.class,
                refused -> assertThat(refused.getMessage()).isEqualTo("Unsupported media type. Use application/json."));
    }

    @Test
    void takesWhitespaceForABodyAndNotForAnEmptyOne() {
        FakeRequestContext request = FakeRequestContext.of("PUT", "  ").header("Content-Type", "application/json");

        assertThatThrownBy(() -> asTheResourceReadsIt(request)).isInstanceOfSatisfying(ApiException.class,
                refused -> assertThat(refused.getMessage()).isEqualTo("Malformed JSON request body."));
    }

    @Test
    void leavesAnEmptyPostAlone() {
        FakeRequestContext request = FakeRequestContext.of("POST", "").header("Content-Type", "application/json");

        assertThatThrownBy(() -> asTheResourceReadsIt(request)).isInstanceOfSatisfying(ApiException.class,
                refused -> assertThat(refused.getMessage()).isEqualTo("Malformed JSON request body."));
    }
}
