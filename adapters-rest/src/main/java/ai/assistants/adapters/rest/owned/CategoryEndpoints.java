package ai.assistants.adapters.rest.owned;

import ai.assistants.adapters.rest.idempotency.IdempotentCreates;
import ai.assistants.adapters.rest.http.ApiException;
import ai.assistants.adapters.rest.http.RequestContext;
import ai.assistants.adapters.rest.json.JsonBodyParser;
import ai.assistants.adapters.rest.owned.OwnedDtos.CategoryItem;
import ai.assistants.adapters.rest.owned.OwnedDtos.CategorySaved;
import ai.assistants.adapters.rest.owned.OwnedDtos.Deleted;
import ai.assistants.adapters.rest.pagination.PageQuery;
import ai.assistants.adapters.rest.pagination.Paginated;
import ai.assistants.application.owned.CategoryView;
import ai.assistants.application.paging.Page;
import ai.assistants.application.port.in.ManageCategoriesUseCase;
import ai.assistants.domain.owned.CategoryDetails;
import ai.assistants.domain.owned.CategoryKind;
import ai.assistants.domain.validation.Violations;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.InputStream;
import java.util.function.Supplier;

/**
 * What the folder and label endpoints do, each on its singular and its plural path; the two kinds
 * differ only in their words ("Folder created successfully", "Label not found").
 */
final class CategoryEndpoints {

    static final int DEFAULT_PER_PAGE = 15;

    private final CategoryKind kind;
    private final String noun;
    private final Supplier<ApiException> notFound;
    /** The singular path, where a created one is found ({@code Location}). */
    private final String singularPath;

    CategoryEndpoints(CategoryKind kind, String noun, Supplier<ApiException> notFound, String singularPath) {
        this.kind = kind;
        this.noun = noun;
        this.notFound = notFound;
        this.singularPath = singularPath;
    }

    Paginated<CategoryItem> page(ManageCategoriesUseCase categories, RequestContext request, String page,
                                 String perPage, UriInfo uri) {
        PageQuery query = PageQuery.read(page, perPage, DEFAULT_PER_PAGE);
        Page<CategoryView> found = categories.page(request.caller(), kind, query.request());
        return Paginated.of(found, found.items().stream().map(CategoryItem::of).toList(), query, uri.getAbsolutePath());
    }

    /** The singular and the plural path are one create: a retry on either is the same request. */
    Response create(ManageCategoriesUseCase categories, RequestContext request, JsonBodyParser parser,
                    IdempotentCreates idempotent, InputStream body, UriInfo uri, HttpHeaders headers) {
        JsonObject json = parser.parseObject(body);
        return idempotent.create(headers, singularPath, json, () -> created(categories, request, json, uri));
    }

    private Response created(ManageCategoriesUseCase categories, RequestContext request, JsonObject json, UriInfo uri) {
        Violations unreadable = new Violations();
        CategoryDetails details = OwnedRequests.bind(json, CategoryDetails.class, unreadable);
        CategoryView created = categories.create(request.caller(), kind, details, unreadable);
        String location = uri.getBaseUriBuilder().path(singularPath).path(Long.toString(created.id())).build()
                .getRawPath();
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, location)
                .entity(new CategorySaved(noun + " created successfully", CategoryItem.of(created)))
                .build();
    }

    CategorySaved update(ManageCategoriesUseCase categories, RequestContext request, JsonBodyParser parser,
                         String id, InputStream body) {
        long categoryId = OwnedRequests.id(id).orElseThrow(notFound);
        Violations unreadable = new Violations();
        CategoryView changed = categories.update(request.caller(), kind, categoryId,
                        OwnedRequests.bindPartial(parser.parseObject(body), CategoryDetails.class, unreadable), unreadable)
                .orElseThrow(notFound);
        return new CategorySaved(noun + " updated successfully", CategoryItem.of(changed));
    }

    Deleted delete(ManageCategoriesUseCase categories, RequestContext request, String id) {
        boolean deleted = OwnedRequests.id(id).map(categoryId -> categories.delete(request.caller(), kind, categoryId))
                .orElse(false);
        if (!deleted) {
            throw notFound.get();
        }
        return new Deleted(noun + " deleted successfully");
    }
}
