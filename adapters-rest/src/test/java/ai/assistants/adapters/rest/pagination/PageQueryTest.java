package ai.assistants.adapters.rest.pagination;

import ai.assistants.adapters.rest.contract.RenderedErrors;
import ai.assistants.adapters.rest.http.ApiException;
import ai.assistants.application.paging.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PageQueryTest {

    private static Map<String, List<String>> refusal(String page, String perPage) {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> PageQuery.read(page, perPage, 10));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.status()).isEqualTo(422);
        return RenderedErrors.of(refused.violations().orElseThrow());
    }

    @Test
    void readsTheFirstPageOfTheListingsSizeWhenNothingIsSent() {
        assertThat(PageQuery.read(null, null, 10)).isEqualTo(new PageQuery(new PageRequest(1, 10), false));
        assertThat(PageQuery.read("", "", 15)).isEqualTo(new PageQuery(new PageRequest(1, 15), false));
    }

    @Test
    void readsWhatIsSentAndRemembersThatPerPageWas() {
        assertThat(PageQuery.read("3", "25", 10)).isEqualTo(new PageQuery(new PageRequest(3, 25), true));
        assertThat(PageQuery.read("+2", "010", 10)).isEqualTo(new PageQuery(new PageRequest(2, 10), true));
        assertThat(PageQuery.read("9223372036854775807", "100", 10).request().page()).isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "-9223372036854775808"})
    void refusesAPageBeforeTheFirst(String page) {
        assertThat(refusal(page, null)).containsExactly(Map.entry("page", List.of("The page field must be at least 1.")));
    }

    @ParameterizedTest
    @CsvSource({"abc", "1.5", "1e2", "' 1'", "0x10", "9223372036854775808", "99999999999999999999", "١"})
    void refusesAPageThatIsNoSixtyFourBitInteger(String page) {
        assertThat(refusal(page, null)).containsExactly(Map.entry("page", List.of("The page field must be an integer.")));
    }

    @ParameterizedTest
    @CsvSource({"0", "101", "-5", "9223372036854775807"})
    void refusesAPageSizeOutsideItsRange(String perPage) {
        assertThat(refusal(null, perPage))
                .containsExactly(Map.entry("per_page", List.of("The per page field must be between 1 and 100.")));
    }

    @Test
    void reportsBothParametersInOneAnswer() {
        assertThat(refusal("x", "y")).containsExactly(
                Map.entry("page", List.of("The page field must be an integer.")),
                Map.entry("per_page", List.of("The per page field must be an integer.")));
    }
}
