package ai.assistants.adapters.rest.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThat;

/** A request without a body passes the request filters whatever its Content-Type says. */
class BodilessRequestsTest {

    @ParameterizedTest
    @CsvSource({"DELETE, application/json", "DELETE, text/plain", "GET, application/json", "GET, text/plain",
            "HEAD, application/json", "OPTIONS, application/json"})
    void admitsABodilessRequestWhateverItsContentType(String method, String contentType) {
        FakeRequestContext request = FakeRequestContext.of(method, "").header("Content-Type", contentType);

        assertThatCode(() -> {
            new EmptyPutBody().filter(request.context());
            new RequestBodyGuard().filter(request.context());
        }).doesNotThrowAnyException();
        assertThat(request.headers().getFirst("Content-Type")).isEqualTo(contentType);
    }

}
