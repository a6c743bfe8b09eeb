package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

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

/** One HTTP/1.1 exchange on its own connection, written and read as raw text: the wire as it is. */
record RawExchange(String statusLine, String head, String body) {

    static RawExchange of(String method, String path, String apiKey, String contentType, String body) {
        return of(method, path, apiKey, contentType, body, new byte[0]);
    }

    /** @param headerLines more header lines as bytes on the wire, each ending in CRLF: what no HTTP client library sends */
    static RawExchange of(String method, String path, String apiKey, String contentType, String body, byte[] headerLines) {
        URI base = URI.create(Api.baseUrl());
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
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(headerLines);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
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

    private static RawExchange parse(String response) {
        int endOfHead = response.indexOf("\r\n\r\n");
        assertThat(endOfHead).as(response).isPositive();
        String head = response.substring(0, endOfHead);
        String rawBody = response.substring(endOfHead + 4);
        boolean chunked = head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked");
        return new RawExchange(head.substring(0, head.indexOf("\r\n")), head, chunked ? unchunked(rawBody) : rawBody);
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
