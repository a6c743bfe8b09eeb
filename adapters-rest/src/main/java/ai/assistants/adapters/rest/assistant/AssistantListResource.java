package ai.assistants.adapters.rest.assistant;

import ai.assistants.adapters.rest.http.ErrorBody;
import ai.assistants.adapters.rest.http.RequestContext;
import ai.assistants.adapters.rest.http.ValidationErrorBody;
import ai.assistants.adapters.rest.openapi.ApiModelReader;
import ai.assistants.adapters.rest.pagination.PageQuery;
import ai.assistants.adapters.rest.pagination.Paginated;
import ai.assistants.application.paging.Page;
import ai.assistants.application.paging.PageRequest;
import ai.assistants.application.port.in.ListAssistantsQuery;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The caller's assistants, listed: a page at a time in Laravel's paginator envelope, or whole as a
 * bare array for the older clients that fill drop-downs from it. Each item is exactly what
 * {@code GET /user/assistant/{id}} answers as {@code data}, secrets masked.
 */
@Path("/user/assistants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assistants")
@SecurityRequirement(name = ApiModelReader.API_KEY)
@APIResponse(responseCode = "401", description = "Missing, malformed or unknown API key",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@ApplicationScoped
public class AssistantListResource {

    static final int DEFAULT_PER_PAGE = 10;

    private final ListAssistantsQuery listAssistants;
    private final AssistantResponseMapper responses;
    private final RequestContext request;

    @Inject
    public AssistantListResource(ListAssistantsQuery listAssistants, AssistantResponseMapper responses,
                                 RequestContext request) {
        this.listAssistants = listAssistants;
        this.responses = responses;
        this.request = request;
    }

    /**
     * For CDI's client proxy, and public because JAX-RS insists on a public constructor before it
     * hands creation to CDI, which then builds the instance through the injecting constructor.
     */
    public AssistantListResource() {
        this(null, null, null);
    }

    @GET
    @Path("/get")
    @Operation(operationId = "listAssistantsPaginated", summary = "A page of the caller's assistants, by id",
            description = "A page past the end is 200 with empty `data`. Empty parameters count as absent;"
                    + " unknown ones are ignored.")
    @APIResponse(responseCode = "200", description = "The page, in Laravel's paginator envelope: URLs are absolute,"
            + " `from` and `to` are null when `data` is empty")
    @APIResponse(responseCode = "422", description = "A bad `page` or `per_page`",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public Paginated<AssistantData> page(
            @QueryParam(PageQuery.PAGE) @Parameter(in = ParameterIn.QUERY, description = "1-based page number",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "" + PageRequest.FIRST_PAGE,
                            defaultValue = "" + PageRequest.FIRST_PAGE))
            String page,
            @QueryParam(PageQuery.PER_PAGE) @Parameter(in = ParameterIn.QUERY, description = "Items per page",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "" + PageRequest.MIN_PER_PAGE,
                            maximum = "" + PageRequest.MAX_PER_PAGE, defaultValue = "" + DEFAULT_PER_PAGE))
            String perPage,
            @Context UriInfo uri) {
        PageQuery query = PageQuery.read(page, perPage, DEFAULT_PER_PAGE);
        Page<Assistant> found = listAssistants.page(request.caller(), query.request());
        return Paginated.of(found, data(found.items()), query, uri.getAbsolutePath());
    }

    @GET
    @Operation(operationId = "listAssistants", summary = "All of the caller's assistants, by id")
    @APIResponse(responseCode = "200", description = "A bare array; `[]` when there are none",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AssistantData.class)))
    public List<AssistantData> all() {
        return data(listAssistants.all(request.caller()));
    }

    @GET
    @Path("/outbound")
    @Operation(operationId = "listOutboundAssistants", summary = "All of the caller's outbound assistants, by id")
    @APIResponse(responseCode = "200", description = "A bare array; `[]` when there are none",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AssistantData.class)))
    public List<AssistantData> outbound() {
        return data(listAssistants.allOfType(request.caller(), AssistantType.OUTBOUND));
    }

    private List<AssistantData> data(List<Assistant> assistants) {
        return assistants.stream().map(responses::toData).toList();
    }
}
