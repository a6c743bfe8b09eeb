package ai.assistants.adapters.rest.pagination;

import ai.assistants.adapters.rest.pagination.LinkWindow.Run;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page numbers Laravel's UrlWindow links for each current page, written out by hand: runs
 * separated by {@code |}, each {@code first-last}.
 */
class LinkWindowTest {

    @ParameterizedTest(name = "page {0} of {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            // Fewer than 14 pages: one link per page, wherever the current one is (even past the end).
            "1; 1; 1-1",
            "1; 13; 1-13",
            "7; 13; 1-13",
            "20; 13; 1-13",
            // From 14 on, near the start: the first ten pages, then the last two.
            "1; 14; 1-10 | 13-14",
            "7; 14; 1-10 | 13-14",
            "7; 100; 1-10 | 99-100",
            // Near the end: the first two, then the last ten.
            "8; 14; 1-2 | 5-14",
            "94; 100; 1-2 | 91-100",
            "100; 100; 1-2 | 91-100",
            "250; 100; 1-2 | 91-100",
            // In the middle: the first two, 3 on each side of the current one, the last two.
            "8; 15; 1-2 | 5-11 | 14-15",
            "8; 100; 1-2 | 5-11 | 99-100",
            "50; 100; 1-2 | 47-53 | 99-100",
            "93; 100; 1-2 | 90-96 | 99-100",
    })
    void linksThePagesLaravelLinks(long current, long lastPage, String expected) {
        List<Run> runs = Arrays.stream(expected.split("\\|")).map(String::trim).map(run -> run.split("-"))
                .map(bounds -> new Run(Long.parseLong(bounds[0]), Long.parseLong(bounds[1]))).toList();

        assertThat(LinkWindow.runs(current, lastPage)).containsExactlyElementsOf(runs);
    }
}
