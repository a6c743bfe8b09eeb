package ai.assistants.bootstrap.e2e;

import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status line as it goes over the wire, reason phrase included (java.net.http does not show
 * it), for each status the service answers; and every success a JSON body.
 */
class StatusLinesIT {

    private static String minimal() {
        return DemoData.minimalAssistant().build().toString();
    }

    @Test
    void answersASuccessfulReadWith200OkAndJson() {
        RawExchange read = RawExchange.of("GET", "/user/assistants/languages", Api.ALPHA, null, null);

        assertThat(read.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(read.hasJsonBody()).as(read.head()).isTrue();
    }

    @Test
    void answersACreateWith201CreatedAndJson() {
        RawExchange created = RawExchange.of("POST", "/user/assistant", Api.ALPHA, Api.JSON, minimal());

        assertThat(created.statusLine()).isEqualTo("HTTP/1.1 201 Created");
        assertThat(created.hasJsonBody()).as(created.head()).isTrue();
    }

    @Test
    void answersMalformedJsonWith400BadRequest() {
        assertThat(RawExchange.of("POST", "/user/assistant", Api.ALPHA, Api.JSON, "{\"name\": ").statusLine())
                .isEqualTo("HTTP/1.1 400 Bad Request");
    }

    @Test
    void answersAMissingKeyWith401Unauthorized() {
        assertThat(RawExchange.of("GET", "/user/assistants/languages", null, null, null).statusLine())
                .isEqualTo("HTTP/1.1 401 Unauthorized");
    }

    @Test
    void answersAnUnknownAssistantWith404NotFound() {
        assertThat(RawExchange.of("GET", "/user/assistant/999999999", Api.ALPHA, null, null).statusLine())
                .isEqualTo("HTTP/1.1 404 Not Found");
    }

    @Test
    void answersAWrongMethodWith405MethodNotAllowed() {
        assertThat(RawExchange.of("DELETE", "/user/assistants/languages", Api.ALPHA, null, null).statusLine())
                .isEqualTo("HTTP/1.1 405 Method Not Allowed");
    }

    @Test
    void answersABodyOverOneMebibyteWith413ContentTooLarge() {
        String big = "{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}";

        assertThat(RawExchange.of("POST", "/user/assistant", Api.ALPHA, Api.JSON, big).statusLine())
                .isEqualTo("HTTP/1.1 413 Content Too Large");
    }

    @Test
    void answersABodyThatIsNotJsonWith415UnsupportedMediaType() {
        assertThat(RawExchange.of("POST", "/user/assistant", Api.ALPHA, "text/plain", "{}").statusLine())
                .isEqualTo("HTTP/1.1 415 Unsupported Media Type");
    }

    @Test
    void answersAnInvalidAssistantWith422UnprocessableContent() {
        assertThat(RawExchange.of("POST", "/user/assistant", Api.ALPHA, Api.JSON, "{}").statusLine())
                .isEqualTo("HTTP/1.1 422 Unprocessable Content");
    }

    @Test
    void answersABadQueryParameterWith422UnprocessableContent() {
        assertThat(RawExchange.of("GET", "/user/assistants/voices?mode=foo", Api.ALPHA, null, null).statusLine())
                .isEqualTo("HTTP/1.1 422 Unprocessable Content");
    }
}
