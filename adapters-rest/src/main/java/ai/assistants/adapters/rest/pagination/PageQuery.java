package ai.assistants.adapters.rest.pagination;

import ai.assistants.adapters.rest.http.QueryParameters;
import ai.assistants.application.paging.PageRequest;

/**
 * The {@code page} and {@code per_page} query parameters of a paginated listing, each rule declared
 * here once (bounds from {@link PageRequest}): {@code page} an integer of at least 1, 1 by default;
 * {@code per_page} an integer from 1 to 100, the listing's own default otherwise. Whether
 * {@code per_page} was sent matters: the page URLs repeat it only then.
 */
public record PageQuery(PageRequest request, boolean perPageSent) {

    public static final String PAGE = "page";
    public static final String PER_PAGE = "per_page";

    /** @throws ai.assistants.adapters.rest.http.ApiException a 422 naming every bad parameter */
    public static PageQuery read(String page, String perPage, int defaultPerPage) {
        QueryParameters parameters = new QueryParameters();
        long pageNumber = parameters.integerAtLeast(PAGE, page, PageRequest.FIRST_PAGE).orElse(PageRequest.FIRST_PAGE);
        Integer size = parameters.integerBetween(PER_PAGE, perPage, PageRequest.MIN_PER_PAGE, PageRequest.MAX_PER_PAGE)
                .map(Math::toIntExact).orElse(null);
        parameters.requireValid();
        return new PageQuery(new PageRequest(pageNumber, size == null ? defaultPerPage : size), size != null);
    }
}
