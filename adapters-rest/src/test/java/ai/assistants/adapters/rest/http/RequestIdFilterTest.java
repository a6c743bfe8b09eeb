package ai.assistants.adapters.rest.http;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

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

    @Test
    void putsTheRequestIdOnTheLogLinesOfItsThreadUntilTheAnswerLeaves() {
        RequestIdFilter filter = new RequestIdFilter(new RequestContext());
        MultivaluedMap<String, Object> answerHeaders = new MultivaluedHashMap<>();

        filter.filter(FakeRequestContext.of("POST", "{}").header("X-Request-Id", "req-42").context());
        Map<String, String> whileRunning = logExtensions();
        filter.filter(null, answer(answerHeaders));

        assertThat(whileRunning).containsEntry("requestId", "req-42");
        assertThat(answerHeaders.getFirst("X-Request-Id")).isEqualTo("req-42");
        assertThat(logExtensions()).doesNotContainKey("requestId");
    }

    @Test
    void putsAMadeUpRequestIdOnTheLogLinesWhenTheClientsIsUnfit() {
        RequestIdFilter filter = new RequestIdFilter(new RequestContext());
        MultivaluedMap<String, Object> answerHeaders = new MultivaluedHashMap<>();

        filter.filter(FakeRequestContext.of("GET", "").header("X-Request-Id", "bad\nid").context());
        Map<String, String> whileRunning = logExtensions();
        filter.filter(null, answer(answerHeaders));

        assertThat(whileRunning.get("requestId")).hasSize(36).isEqualTo(answerHeaders.getFirst("X-Request-Id"));
    }

    private static Map<String, String> logExtensions() {
        Map<String, String> extensions = new HashMap<>();
        LogRecordContext.getExtensions(extensions);
        return extensions;
    }

    private static ContainerResponseContext answer(MultivaluedMap<String, Object> headers) {
        return (ContainerResponseContext) Proxy.newProxyInstance(RequestIdFilterTest.class.getClassLoader(),
                new Class<?>[] {ContainerResponseContext.class}, (proxy, called, arguments) -> {
                    if (called.getName().equals("getHeaders")) {
                        return headers;
                    }
                    throw new UnsupportedOperationException(called.getName());
                });
    }
}
