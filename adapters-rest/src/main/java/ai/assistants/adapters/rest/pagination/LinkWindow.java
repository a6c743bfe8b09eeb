package ai.assistants.adapters.rest.pagination;

import java.util.List;

/**
 * Which page numbers a paginator links to, as Laravel's {@code UrlWindow} chooses them (existing
 * clients render these links): every page while there are fewer than 14; from 14 pages on, the
 * first two and the last two pages and 3 pages on each side of the current one, where the runs
 * near either end grow to keep the number of links steady. Between two runs lies a gap.
 */
final class LinkWindow {

    static final int ON_EACH_SIDE = 3;
    /** The fewest pages that get a window rather than a link to each. */
    static final long WINDOWED_FROM = ON_EACH_SIDE * 2 + 8;
    private static final int WINDOW = ON_EACH_SIDE + 4;

    /** Consecutive pages, {@code first} to {@code last} included. */
    record Run(long first, long last) {
    }

    private LinkWindow() {
    }

    /** The runs of page numbers to link, in order; {@code current} may lie past {@code lastPage}. */
    static List<Run> runs(long current, long lastPage) {
        if (lastPage < WINDOWED_FROM) {
            return List.of(new Run(1, lastPage));
        }
        Run start = new Run(1, 2);
        Run finish = new Run(lastPage - 1, lastPage);
        if (current <= WINDOW) {
            return List.of(new Run(1, WINDOW + ON_EACH_SIDE), finish);
        }
        if (current > lastPage - WINDOW) {
            return List.of(start, new Run(lastPage - (WINDOW + ON_EACH_SIDE - 1), lastPage));
        }
        return List.of(start, new Run(current - ON_EACH_SIDE, current + ON_EACH_SIDE), finish);
    }
}
