package ai.assistants.adapters.rest.json;

import ai.assistants.adapters.rest.http.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonBodyParserTest {

    private final JsonBodyParser parser = new JsonBodyParser();

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private void assertRefusedAsBadRequest(String text, String message) {
        assertThatThrownBy(() -> parser.parseObject(body(text)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    @Test
    void readsAnObject() {
        assertThat(parser.parseObject(body("{\"name\":\"Support\"}")).getString("name")).isEqualTo("Support");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"name\":}", "{'name':'x'}", "nul", "{} {}", "{\"a\":1}x"})
    void refusesWhatIsNotJson(String text) {
        assertRefusedAsBadRequest(text, "Malformed JSON request body.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"text\"", "42", "null", "true"})
    void refusesJsonThatIsNotAnObject(String text) {
        assertRefusedAsBadRequest(text, "The request body must be a JSON object.");
    }

    @Test
    void refusesBytesThatAreNotText() {
        byte[] notUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        assertThatThrownBy(() -> parser.parseObject(new ByteArrayInputStream(notUtf8)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void refusesJsonBeyondTheParsersLimitsAsMalformed() {
        for (String text : List.of("{\"a\":1e2147483648}", "{\"a\":1e-2147483649}", "{\"a\":1" + "0".repeat(5000) + "}",
                "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}")) {
            assertRefusedAsBadRequest(text, "Malformed JSON request body.");
        }
    }
}
