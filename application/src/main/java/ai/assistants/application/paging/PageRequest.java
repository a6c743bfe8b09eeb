package ai.assistants.application.paging;

/**
 * Which page of a listing a caller asks for: its 1-based number and its size. The size is bounded
 * so that one page costs the same few statements and a bounded amount of work, whatever the caller
 * sends; the bounds are declared here once, and the adapters that read pages take them from here.
 */
public record PageRequest(long page, int perPage) {

    public static final long FIRST_PAGE = 1;
    public static final int MIN_PER_PAGE = 1;
    public static final int MAX_PER_PAGE = 100;

    public PageRequest {
        if (page < FIRST_PAGE) {
            throw new IllegalArgumentException("Pages are numbered from " + FIRST_PAGE + ": " + page);
        }
        if (perPage < MIN_PER_PAGE || perPage > MAX_PER_PAGE) {
            throw new IllegalArgumentException(
                    "A page holds " + MIN_PER_PAGE + " to " + MAX_PER_PAGE + " items: " + perPage);
        }
    }

    /**
     * How many items come before this page. Saturates at {@link Long#MAX_VALUE} for a page so far out
     * that no list reaches it, rather than wrapping round to a page that exists.
     */
    public long offset() {
        long pagesBefore = page - 1;
        return pagesBefore > Long.MAX_VALUE / perPage ? Long.MAX_VALUE : pagesBefore * perPage;
    }
}
