package ai.assistants.adapters.rest.http;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every status the service answers goes to the container with its standard reason phrase. */
public class ReasonPhraseFilterTest {

    /** What a container response was asked to write: a status and, when one was given, a phrase. */
    private static final List<String> WRITTEN = new ArrayList<>();

    private static HttpServletResponse nothing() {
        return (HttpServletResponse) Proxy.newProxyInstance(ReasonPhraseFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, arguments) -> null);
    }

    /** A servlet 6 response, which can set a status but not its phrase. */
    public static class PlainContainerResponse extends HttpServletResponseWrapper {

        public PlainContainerResponse() {
            super(nothing());
        }

        @Override
        public void setStatus(int status) {
            WRITTEN.add(Integer.toString(status));
        }
    }

    /** Liberty's response: it still has the earlier servlet versions' setStatus(int, String). */
    public static class LibertyLikeResponse extends PlainContainerResponse {

        public void setStatus(int status, String phrase) {
            WRITTEN.add(status + " " + phrase);
        }
    }

    private static String written(HttpServletResponse container, int status) {
        WRITTEN.clear();
        new ReasonPhraseFilter.WithReasonPhrase(container).setStatus(status);
        assertThat(WRITTEN).hasSize(1);
        return WRITTEN.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "200 | OK", "201 | Created", "400 | Bad Request", "401 | Unauthorized", "404 | Not Found",
            "405 | Method Not Allowed", "406 | Not Acceptable", "409 | Conflict", "412 | Precondition Failed",
            "413 | Content Too Large", "415 | Unsupported Media Type", "422 | Unprocessable Content",
            "429 | Too Many Requests", "500 | Internal Server Error", "503 | Service Unavailable"})
    void givesEachStatusItsStandardPhrase(int status, String phrase) {
        assertThat(written(new LibertyLikeResponse(), status)).isEqualTo(status + " " + phrase);
    }

    @Test
    void setsAStatusWithoutAStandardPhraseAsItCame() {
        assertThat(written(new LibertyLikeResponse(), 299)).isEqualTo("299");
    }

    @Test
    void setsTheStatusPlainlyWhereTheContainerCannotTakeAPhrase() {
        assertThat(written(new PlainContainerResponse(), 422)).isEqualTo("422");
    }
}
