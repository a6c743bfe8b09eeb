package ai.assistants.adapters.rest.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc-123", "trace 1/2:3", "x"})
    void keepsAShortPrintableId(String id) {
        assertThat(RequestIdFilter.isSane(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "line\r\nX-Injected: 1", "tab\there", "ünïcode"})
    void replacesAnIdThatCouldCorruptAHeaderOrALogLine(String id) {
        assertThat(RequestIdFilter.isSane(id)).isFalse();
    }

    @Test
    void replacesAnIdLongerThanTwoHundredCharacters() {
        assertThat(RequestIdFilter.isSane("a".repeat(200))).isTrue();
        assertThat(RequestIdFilter.isSane("a".repeat(201))).isFalse();
        assertThat(RequestIdFilter.isSane(null)).isFalse();
    }

    @Test
    void makesUpAnIdWhenNoneWasKept() {
        RequestContext request = new RequestContext();

        assertThat(request.requestId()).hasSize(36).isEqualTo(request.requestId());
    }
}
