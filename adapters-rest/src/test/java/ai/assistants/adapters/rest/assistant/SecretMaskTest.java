package ai.assistants.adapters.rest.assistant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretMaskTest {

    @Test
    void showsOnlyTheLastFourCharacters() {
        assertThat(SecretMask.mask("cal_live_secret_abcd")).isEqualTo("****abcd");
    }

    @Test
    void showsNothingOfASecretThatShort() {
        assertThat(SecretMask.mask("abcd")).isEqualTo("****");
        assertThat(SecretMask.mask("ab")).isEqualTo("****");
    }

    @Test
    void countsCharactersNotCodeUnits() {
        assertThat(SecretMask.mask("key-😀😀😀😀")).isEqualTo("****😀😀😀😀");
    }
}
