package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status line as it goes over the wire, reason phrase included (java.net.http does not show
 * it), for each status the service answers; and every success a JSON body.
 */
class StatusLinesIT {

    /** One HTTP/1.1 exchange on its own connection, read as raw text. */
    private record Exchange(String statusLine, String head, String body) {

        static Exchange of(String method, String path, String apiKey, String contentType, String body) {
            URI base = URI.create(System.getProperty("it.base.url", "http://localhost:9180"));
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method).append(' ').append("/api").append(path)
                    .append(" HTTP/1.1\r\nHost: ").append(base.getHost()).append(':').append(base.getPort())
                    .append("\r\nConnection: close\r\nAccept: application/json\r\n");
            if (apiKey != null) {
                request.append("Authorization: Bearer ").append(apiKey).append("\r\n");
            }
            if (contentType != null) {
                request.append("Content-Type: ").append(contentType).append("\r\n");
            }
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(content);
                out.flush();
                return parse(readAll(socket.getInputStream()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String readAll(InputStream in) throws IOException {
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            in.transferTo(read);
            return read.toString(StandardCharsets.UTF_8);
        }

        private static Exchange parse(String response) {
            int endOfHead = response.indexOf("\r\n\r\n");
            assertThat(endOfHead).as(response).isPositive();
            String head = response.substring(0, endOfHead);
            String rawBody = response.substring(endOfHead + 4);
            boolean chunked = head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked");
            return new Exchange(head.substring(0, head.indexOf("\r\n")), head, chunked ? unchunked(rawBody) : rawBody);
        }

        private static String unchunked(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (true) {
                int endOfSize = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(chunked.substring(at, endOfSize).split(";")[0].trim(), 16);
                if (size == 0) {
                    return body.toString();
                }
                // sizes count bytes; the bodies here are ASCII JSON, so bytes and characters agree
                body.append(chunked, endOfSize + 2, endOfSize + 2 + size);
                at = endOfSize + 2 + size + 2;
            }
        }

        boolean hasJsonBody() {
            try (var reader = Json.createReader(new StringReader(body))) {
                JsonStructure parsed = reader.read();
                return parsed != null && head.toLowerCase(Locale.ROOT).contains("content-type: application/json");
            }
        }
    }

    private static String minimal() {
        return DemoData.minimalAssistant().build().toString();
    }

    @Test
    void answersASuccessfulReadWith200OkAndJson() {
        Exchange read = Exchange.of("GET", "/user/assistants/languages", Api.ALPHA, null, null);

        assertThat(read.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(read.hasJsonBody()).as(read.head()).isTrue();
    }

    @Test
    void answersACreateWith201CreatedAndJson() {
        Exchange created = Exchange.of("POST", "/user/assistant", Api.ALPHA, Api.JSON, minimal());

        assertThat(created.statusLine()).isEqualTo("HTTP/1.1 201 Created");
        assertThat(created.hasJsonBody()).as(created.head()).isTrue();
    }

    @Test
    void answersMalformedJsonWith400BadRequest() {
        assertThat(Exchange.of("POST", "/user/assistant", Api.ALPHA, Api.JSON, "{\"name\": ").statusLine())
                .isEqualTo("HTTP/1.1 400 Bad Request");
    }

    @Test
    void answersAMissingKeyWith401Unauthorized() {
        assertThat(Exchange.of("GET", "/user/assistants/languages", null, null, null).statusLine())
                .isEqualTo("HTTP/1.1 401 Unauthorized");
    }

    @Test
    void answersAnUnknownAssistantWith404NotFound() {
        assertThat(Exchange.of("GET", "/user/assistant/999999999", Api.ALPHA, null, null).statusLine())
                .isEqualTo("HTTP/1.1 404 Not Found");
    }

    @Test
    void answersAWrongMethodWith405MethodNotAllowed() {
        assertThat(Exchange.of("DELETE", "/user/assistants/languages", Api.ALPHA, null, null).statusLine())
                .isEqualTo("HTTP/1.1 405 Method Not Allowed");
    }

    @Test
    void answersABodyOverOneMebibyteWith413ContentTooLarge() {
        String big = "{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}";

        assertThat(Exchange.of("POST", "/user/assistant", Api.ALPHA, Api.JSON, big).statusLine())
                .isEqualTo("HTTP/1.1 413 Content Too Large");
    }

    @Test
    void answersABodyThatIsNotJsonWith415UnsupportedMediaType() {
        assertThat(Exchange.of("POST", "/user/assistant", Api.ALPHA, "text/plain", "{}").statusLine())
                .isEqualTo("HTTP/1.1 415 Unsupported Media Type");
    }

    @Test
    void answersAnInvalidAssistantWith422UnprocessableContent() {
        assertThat(Exchange.of("POST", "/user/assistant", Api.ALPHA, Api.JSON, "{}").statusLine())
                .isEqualTo("HTTP/1.1 422 Unprocessable Content");
    }

    @Test
    void answersABadQueryParameterWith422UnprocessableContent() {
        assertThat(Exchange.of("GET", "/user/assistants/voices?mode=foo", Api.ALPHA, null, null).statusLine())
                .isEqualTo("HTTP/1.1 422 Unprocessable Content");
    }
}
