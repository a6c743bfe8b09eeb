package ai.assistants.adapters.rest.http;

import ai.assistants.adapters.rest.json.JsonBodyParser;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedInputStreamTest {

    private static InputStream bytes(int count) {
        return new ByteArrayInputStream(new byte[count]);
    }

    @Test
    void passesABodyUpToTheLimit() throws IOException {
        try (InputStream in = new BoundedInputStream(bytes(100), 100)) {
            assertThat(in.readAllBytes()).hasSize(100);
        }
    }

    @Test
    void stopsABodyOneByteOverTheLimit() {
        InputStream in = new BoundedInputStream(bytes(101), 100);

        assertThatThrownBy(in::readAllBytes).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(413);
            assertThat(e.getMessage()).isEqualTo("Request body too large.");
        });
    }

    @Test
    void neverReadsMoreThanOneByteBeyondTheLimit() {
        CountingStream source = new CountingStream(bytes(10_000));
        InputStream in = new BoundedInputStream(source, 100);

        assertThatThrownBy(() -> in.read(new byte[8192])).isInstanceOf(ApiException.class);
        assertThat(source.read).isEqualTo(101);
    }

    @Test
    void stopsTheJsonReaderWithTooLargeRatherThanMalformed() {
        String json = "{\"system_prompt\":\"" + "x".repeat(2000) + "\"}";
        InputStream in = new BoundedInputStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), 1000);

        assertThatThrownBy(() -> new JsonBodyParser().parseObject(in))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(413));
    }

    private static final class CountingStream extends InputStream {
        private final InputStream in;
        private int read;

        CountingStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            read += Math.max(n, 0);
            return n;
        }
    }
}
