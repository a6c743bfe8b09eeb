package ai.assistants.adapters.rest.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MediaTypeHeaderFilterTest {

    private static Enumeration<String> accept(String... values) {
        return Collections.enumeration(List.of(values));
    }

    @Test
    void leavesReadableHeadersAlone() {
        assertThat(MediaTypeHeaderFilter.replacements("application/json; charset=utf-8",
                accept("application/json;q=0.9, */*;q=0.1", "text/plain"))).isEmpty();
        assertThat(MediaTypeHeaderFilter.replacements(null, null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "application/", "/json", "application/json; charset"})
    void passesAContentTypeThatIsNoMediaTypeOnAsOneThatIsNotJson(String contentType) {
        Map<String, String> replaced = MediaTypeHeaderFilter.replacements(contentType, accept());

        assertThat(MediaTypeHeaderFilter.isMediaType(contentType)).isFalse();
        assertThat(replaced).containsExactly(Map.entry("content-type", MediaTypeHeaderFilter.UNREADABLE_CONTENT_TYPE));
        assertThat(RequestBodyGuard.isJson(jakarta.ws.rs.core.MediaType.valueOf(replaced.get("content-type")))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "application/json;q=abc", "application/json;q=2", "text/html, nonsense"})
    void dropsAnAcceptItCannotRead(String value) {
        Map<String, String> expected = new HashMap<>();
        expected.put("accept", null);

        assertThat(MediaTypeHeaderFilter.replacements(null, accept("application/json", value))).isEqualTo(expected);
    }
}
