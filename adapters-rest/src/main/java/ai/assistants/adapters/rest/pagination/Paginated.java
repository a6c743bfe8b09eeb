package ai.assistants.adapters.rest.pagination;

import ai.assistants.application.paging.Page;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A page of a listing in the envelope of Laravel's length-aware paginator, which existing clients
 * parse: every key, in Laravel's order, with absolute URLs.
 */
@JsonbPropertyOrder({"currentPage", "data", "firstPageUrl", "from", "lastPage", "lastPageUrl", "links", "nextPageUrl",
        "path", "perPage", "prevPageUrl", "to", "total"})
public record Paginated<T>(
        long currentPage,
        List<T> data,
        String firstPageUrl,
        @Schema(nullable = true, description = "1-based position of the page's first item") Long from,
        long lastPage,
        String lastPageUrl,
        List<PageLink> links,
        @Schema(nullable = true) String nextPageUrl,
        @Schema(description = "The listing's URL without its query") String path,
        int perPage,
        @Schema(nullable = true) String prevPageUrl,
        @Schema(nullable = true, description = "1-based position of the page's last item") Long to,
        long total) {

    static final String PREVIOUS = "&laquo; Previous";
    static final String NEXT = "Next &raquo;";
    static final String GAP = "...";

    /**
     * @param data     the page's items as they are written
     * @param listing  the listing's absolute URL without a query ({@code UriInfo.getAbsolutePath()})
     */
    public static <T> Paginated<T> of(Page<?> page, List<T> data, PageQuery query, URI listing) {
        String path = withoutTrailingSlash(listing.toString());
        Urls urls = new Urls(path, query);
        long current = page.request().page();
        long last = page.lastPage();
        String previous = current > 1 ? urls.page(current - 1) : null;
        String next = current < last ? urls.page(current + 1) : null;
        return new Paginated<>(current, List.copyOf(data), urls.page(1), boxed(page.firstPosition()), last,
                urls.page(last), links(current, last, previous, next, urls), next, path, page.request().perPage(),
                previous, boxed(page.lastPosition()), page.total());
    }

    private static List<PageLink> links(long current, long last, String previous, String next, Urls urls) {
        List<PageLink> links = new ArrayList<>();
        links.add(new PageLink(previous, PREVIOUS, false));
        List<LinkWindow.Run> runs = LinkWindow.runs(current, last);
        for (int i = 0; i < runs.size(); i++) {
            if (i > 0) {
                links.add(new PageLink(null, GAP, false));
            }
            for (long number = runs.get(i).first(); number <= runs.get(i).last(); number++) {
                links.add(new PageLink(urls.page(number), Long.toString(number), number == current));
            }
        }
        links.add(new PageLink(next, NEXT, false));
        return List.copyOf(links);
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    /** As Laravel writes {@code path}: {@code /get/} and {@code /get} are one listing. */
    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** {@code path?page=N}, and {@code &per_page=M} only when the request sent it. */
    private record Urls(String path, PageQuery query) {

        String page(long number) {
            String url = path + "?" + PageQuery.PAGE + "=" + number;
            return query.perPageSent() ? url + "&" + PageQuery.PER_PAGE + "=" + query.request().perPage() : url;
        }
    }
}
