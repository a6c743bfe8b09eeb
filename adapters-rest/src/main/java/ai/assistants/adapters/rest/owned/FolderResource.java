package ai.assistants.adapters.rest.owned;

import ai.assistants.adapters.rest.idempotency.IdempotentCreates;
import ai.assistants.adapters.rest.http.ApiException;
import ai.assistants.adapters.rest.http.ErrorBody;
import ai.assistants.adapters.rest.http.RequestContext;
import ai.assistants.adapters.rest.http.ValidationErrorBody;
import ai.assistants.adapters.rest.json.JsonBodyParser;
import ai.assistants.adapters.rest.openapi.ApiModelReader;
import ai.assistants.adapters.rest.owned.OwnedDtos.CategoryItem;
import ai.assistants.adapters.rest.owned.OwnedDtos.CategorySaved;
import ai.assistants.adapters.rest.owned.OwnedDtos.Deleted;
import ai.assistants.adapters.rest.pagination.PageQuery;
import ai.assistants.adapters.rest.pagination.Paginated;
import ai.assistants.application.paging.PageRequest;
import ai.assistants.application.port.in.ManageCategoriesUseCase;
import ai.assistants.domain.owned.CategoryKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;

/**
 * The caller's folders, on the singular path ({@code /user/folder}) and the plural one
 * ({@code /user/folders}) alike; never another account's. An assistant is in at most one folder ({@code folder_id}).
 */
@Path("/user")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Folders")
@SecurityRequirement(name = ApiModelReader.API_KEY)
@APIResponse(responseCode = "401", description = "Missing, malformed or unknown API key",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@ApplicationScoped
public class FolderResource {

    private static final CategoryEndpoints ENDPOINTS =
            new CategoryEndpoints(CategoryKind.FOLDER, "Folder", ApiException::folderNotFound, "/user/folder");

    private final ManageCategoriesUseCase categories;
    private final JsonBodyParser parser;
    private final RequestContext request;
    private final IdempotentCreates idempotent;

    @Inject
    public FolderResource(ManageCategoriesUseCase categories, JsonBodyParser parser, RequestContext request,
                          IdempotentCreates idempotent) {
        this.categories = categories;
        this.idempotent = idempotent;
        this.parser = parser;
        this.request = request;
    }

    /**
     * For CDI's client proxy, and public because JAX-RS insists on a public constructor before it
     * hands creation to CDI, which then builds the instance through the injecting constructor.
     */
    public FolderResource() {
        this(null, null, null, null);
    }

    @GET
    @Path("/folders")
    @Operation(operationId = "listFolders", summary = "A page of the caller's folders, by id")
    @APIResponse(responseCode = "200", description = "The page, in Laravel's paginator envelope")
    @APIResponse(responseCode = "422", description = "A bad `page` or `per_page`",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public Paginated<CategoryItem> page(
            @QueryParam(PageQuery.PAGE) @Parameter(in = ParameterIn.QUERY, description = "1-based page number",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "" + PageRequest.FIRST_PAGE))
            String page,
            @QueryParam(PageQuery.PER_PAGE) @Parameter(in = ParameterIn.QUERY, description = "Items per page",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "" + PageRequest.MIN_PER_PAGE,
                            maximum = "" + PageRequest.MAX_PER_PAGE,
                            defaultValue = "" + CategoryEndpoints.DEFAULT_PER_PAGE))
            String perPage,
            @Context UriInfo uri) {
        return ENDPOINTS.page(categories, request, page, perPage, uri);
    }

    @POST
    @Path("/folder")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createFolder", summary = "Create a folder")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/user/folder/{id}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CategorySaved.class)))
    @APIResponse(responseCode = "422", description = "Every violated rule, keyed by field; a name taken by another"
            + " of the caller's folders (ignoring case and surrounding spaces) among them",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public Response create(InputStream body, @Context UriInfo uri, @Context HttpHeaders headers) {
        return ENDPOINTS.create(categories, request, parser, idempotent, body, uri, headers);
    }

    @POST
    @Path("/folders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createFolderOnPlural", summary = "Create a folder (the plural path)")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/user/folder/{id}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CategorySaved.class)))
    @APIResponse(responseCode = "422", description = "Every violated rule, keyed by field",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public Response createOnPlural(InputStream body, @Context UriInfo uri, @Context HttpHeaders headers) {
        return ENDPOINTS.create(categories, request, parser, idempotent, body, uri, headers);
    }

    @PUT
    @Path("/folder/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateFolder", summary = "Change a folder's name or color",
            description = "Absent fields keep their value; the rules of a create run on the result.")
    @APIResponse(responseCode = "200", description = "Changed (or nothing to change)",
            content = @Content(schema = @Schema(implementation = CategorySaved.class)))
    @APIResponse(responseCode = "404", description = "No such folder among the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "422", description = "Every violated rule, keyed by field",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public CategorySaved update(@PathParam("id") String id, InputStream body) {
        return ENDPOINTS.update(categories, request, parser, id, body);
    }

    @PUT
    @Path("/folders/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateFolderOnPlural", summary = "Change a folder's name or color (the plural path)")
    @APIResponse(responseCode = "200", description = "Changed (or nothing to change)",
            content = @Content(schema = @Schema(implementation = CategorySaved.class)))
    @APIResponse(responseCode = "404", description = "No such folder among the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "422", description = "Every violated rule, keyed by field",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public CategorySaved updateOnPlural(@PathParam("id") String id, InputStream body) {
        return ENDPOINTS.update(categories, request, parser, id, body);
    }

    /** No {@code @Consumes}: a request without a body is served whatever {@code Content-Type} it names. */
    @DELETE
    @Path("/folder/{id}")
    @Operation(operationId = "deleteFolder", summary = "Delete a folder",
            description = "Never refused for its assistants: its assistants are left uncategorized (`folder_id` null), in the same transaction.")
    @APIResponse(responseCode = "200", description = "Deleted",
            content = @Content(schema = @Schema(implementation = Deleted.class)))
    @APIResponse(responseCode = "404", description = "No such folder among the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Deleted delete(@PathParam("id") String id) {
        return ENDPOINTS.delete(categories, request, id);
    }

    @DELETE
    @Path("/folders/{id}")
    @Operation(operationId = "deleteFolderOnPlural", summary = "Delete a folder (the plural path)")
    @APIResponse(responseCode = "200", description = "Deleted",
            content = @Content(schema = @Schema(implementation = Deleted.class)))
    @APIResponse(responseCode = "404", description = "No such folder among the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Deleted deleteOnPlural(@PathParam("id") String id) {
        return ENDPOINTS.delete(categories, request, id);
    }
}
