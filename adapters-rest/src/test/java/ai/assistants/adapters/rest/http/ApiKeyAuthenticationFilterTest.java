package ai.assistants.adapters.rest.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyAuthenticationFilterTest {

    @Test
    void takesTheKeyOfABearerHeader() {
        assertThat(ApiKeyAuthenticationFilter.bearerToken("Bearer demo-key-alpha")).contains("demo-key-alpha");
        assertThat(ApiKeyAuthenticationFilter.bearerToken("bearer demo-key-alpha ")).contains("demo-key-alpha");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Bearer", "Bearer ", "Bearer    ", "Basic dXNlcjpwYXNz", "Bearerdemo-key",
            "Bearer two words", "demo-key-alpha"})
    void findsNoKeyInAMalformedHeader(String header) {
        assertThat(ApiKeyAuthenticationFilter.bearerToken(header)).isEmpty();
    }
}
