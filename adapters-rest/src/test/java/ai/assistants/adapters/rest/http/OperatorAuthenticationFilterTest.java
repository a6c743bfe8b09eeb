package ai.assistants.adapters.rest.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class OperatorAuthenticationFilterTest {

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheUserAndPasswordOfABasicHeader() {
        assertThat(OperatorAuthenticationFilter.credentials(basic("operator:pa:ss wörd")))
                .contains(new OperatorAuthenticationFilter.Credentials("operator", "pa:ss wörd"));
        assertThat(OperatorAuthenticationFilter.credentials("basic " + basic("a:b").substring(6) + " "))
                .contains(new OperatorAuthenticationFilter.Credentials("a", "b"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Basic", "Basic ", "Basic !!!", "Bearer demo-key-alpha", "Basicb3A6cHc="})
    void findsNoCredentialsInAMalformedHeader(String header) {
        assertThat(OperatorAuthenticationFilter.credentials(header)).isEmpty();
    }

    @Test
    void anEmptyUserOrPasswordIsNoCredentials() {
        assertThat(OperatorAuthenticationFilter.credentials(basic(":password"))).isEmpty();
        assertThat(OperatorAuthenticationFilter.credentials(basic("operator:"))).isEmpty();
        assertThat(OperatorAuthenticationFilter.credentials(basic("no-colon"))).isEmpty();
    }
}
