package ai.assistants.application.paging;

import java.util.List;
import java.util.OptionalLong;

/**
 * One page of a listing and where it lies in the whole: {@code total} items in all, of which
 * {@code items} are the ones at the requested page (none when it lies past the end).
 */
public record Page<T>(List<T> items, PageRequest request, long total) {

    public Page {
        items = List.copyOf(items);
        if (total < 0 || items.size() > request.perPage()) {
            throw new IllegalArgumentException("A page of " + items.size() + " items out of " + total
                    + " does not fit " + request);
        }
    }

    /** The number of the last page; an empty listing still has one, empty, page. */
    public long lastPage() {
        return Math.max(PageRequest.FIRST_PAGE, (total + request.perPage() - 1) / request.perPage());
    }

    /** The 1-based position in the whole listing of this page's first item; empty when the page has none. */
    public OptionalLong firstPosition() {
        return items.isEmpty() ? OptionalLong.empty() : OptionalLong.of(request.offset() + 1);
    }

    /** The 1-based position in the whole listing of this page's last item; empty when the page has none. */
    public OptionalLong lastPosition() {
        return items.isEmpty() ? OptionalLong.empty() : OptionalLong.of(request.offset() + items.size());
    }
}
