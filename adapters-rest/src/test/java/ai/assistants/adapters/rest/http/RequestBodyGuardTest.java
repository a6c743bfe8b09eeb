package ai.assistants.adapters.rest.http;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBodyGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "APPLICATION/JSON",
            "application/merge-patch+json"})
    void admitsJson(String type) {
        assertThat(RequestBodyGuard.isJson(MediaType.valueOf(type))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "*/*", "application/*",
            "text/json-ish"})
    void refusesEverythingElse(String type) {
        assertThat(RequestBodyGuard.isJson(MediaType.valueOf(type))).isFalse();
    }

    @org.junit.jupiter.api.Test
    void refusesABodyWithoutAType() {
        assertThat(RequestBodyGuard.isJson(null)).isFalse();
    }
}
