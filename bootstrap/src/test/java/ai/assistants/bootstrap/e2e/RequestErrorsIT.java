package ai.assistants.bootstrap.e2e;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's request-level error table, row by row, and the request id on every answer. */
class RequestErrorsIT {

    @Test
    void answersMalformedJsonWith400() {
        Api.Answer answer = Api.createAssistant(Api.ALPHA, "{\"name\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("Malformed JSON request body.");
    }

    @Test
    void answersJsonThatIsNotAnObjectWith400() {
        for (String body : List.of("[]", "\"name\"", "42", "null")) {
            Api.Answer answer = Api.createAssistant(Api.ALPHA, body);

            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.message()).isEqualTo("The request body must be a JSON object.");
        }
    }

    @Test
    void answersABodyThatIsNotJsonWith415() {
        Api.Answer plain = Api.send(Api.request("/user/assistant", Api.ALPHA).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        Api.Answer untyped = Api.send(Api.request("/user/assistant", Api.ALPHA)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        for (Api.Answer answer : List.of(plain, untyped)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(415);
            assertThat(answer.message()).isEqualTo("Unsupported media type. Use application/json.");
        }
    }

    @Test
    void answersADeclaredBodyOverOneMebibyteWith413() {
        String big = "{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}";

        Api.Answer answer = Api.createAssistant(Api.ALPHA, big);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.message()).isEqualTo("Request body too large.");
    }

    @Test
    void answersAChunkedBodyOverOneMebibyteWith413() {
        byte[] big = new byte[2 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        Api.Answer answer = Api.send(Api.request("/user/assistant", Api.ALPHA).header("Content-Type", Api.JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.message()).isEqualTo("Request body too large.");
    }

    @Test
    void answersAnUnknownPathWith404() {
        Api.Answer answer = Api.get("/user/no-such-thing", Api.ALPHA);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.message()).isEqualTo("Not found.");
    }

    @Test
    void answersAnUnknownOrNonNumericAssistantIdWith404() {
        for (String id : List.of("999999999", "abc", "-1", "0", "1.5", "99999999999999999999999")) {
            Api.Answer answer = Api.get("/user/assistant/" + id, Api.ALPHA);

            assertThat(answer.status()).as(id).isEqualTo(404);
            assertThat(answer.message()).isEqualTo("Assistant not found");
        }
    }

    @Test
    void answersAWrongMethodWith405() {
        Api.Answer answer = Api.send(Api.request("/user/assistants/languages", Api.ALPHA).DELETE().build());

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.json().containsKey("message")).isTrue();
    }

    @Test
    void echoesASaneRequestIdAndMakesUpOneOtherwise() {
        Api.Answer echoed = Api.send(Api.request("/user/assistants/languages", Api.ALPHA)
                .header("X-Request-Id", "trace-123").GET().build());
        Api.Answer tooLong = Api.send(Api.request("/user/assistants/languages", Api.ALPHA)
                .header("X-Request-Id", "x".repeat(201)).GET().build());
        Api.Answer error = Api.get("/user/assistant/abc", Api.ALPHA);

        assertThat(echoed.header("X-Request-Id")).contains("trace-123");
        assertThat(tooLong.header("X-Request-Id")).isPresent().get().asString().hasSize(36);
        assertThat(error.header("X-Request-Id")).isPresent();
    }

    @Test
    void answersNothingAClientSendsWithA500() {
        List<String> bodies = List.of("{\"tools\":[{\"type\":{}}]}", "{\"variables\":{\"a\":{\"b\":[]}}}",
                "{\"voice_id\":1e400}", "{\"max_duration\":-0.0}", "{\"filler_config\":{\"positive\":[null]}}",
                "{\"tool_ids\":[null,1,1]}", "{\"tools\":[null]}", "{\"post_call_schema\":[null]}",
                "{\"name\":\"\\u0000\"}", "{\"\":1}");
        for (String body : bodies) {
            Api.Answer answer = Api.createAssistant(Api.ALPHA, body);

            assertThat(answer.status()).as(body + " -> " + answer).isEqualTo(422);
            assertThat(answer.body()).doesNotContainIgnoringCase("exception").doesNotContain("ai.assistants");
        }
    }
}
