package ai.assistants.adapters.rest.owned;

import ai.assistants.adapters.rest.idempotency.IdempotentCreates;
import ai.assistants.adapters.rest.http.ApiException;
import ai.assistants.adapters.rest.http.ErrorBody;
import ai.assistants.adapters.rest.http.RequestContext;
import ai.assistants.adapters.rest.http.ValidationErrorBody;
import ai.assistants.adapters.rest.json.JsonBodyParser;
import ai.assistants.adapters.rest.openapi.ApiModelReader;
import ai.assistants.adapters.rest.owned.OwnedDtos.Deleted;
import ai.assistants.adapters.rest.owned.OwnedDtos.KnowledgebaseFound;
import ai.assistants.adapters.rest.owned.OwnedDtos.KnowledgebaseItem;
import ai.assistants.adapters.rest.owned.OwnedDtos.KnowledgebaseList;
import ai.assistants.adapters.rest.owned.OwnedDtos.KnowledgebaseSaved;
import ai.assistants.application.owned.KnowledgebaseView;
import ai.assistants.application.port.in.ManageKnowledgebasesUseCase;
import ai.assistants.domain.owned.KnowledgebaseDetails;
import ai.assistants.domain.validation.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;

/** The caller's knowledge bases (metadata; documents are not served yet); never another account's. */
@Path(KnowledgebaseResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge bases")
@SecurityRequirement(name = ApiModelReader.API_KEY)
@APIResponse(responseCode = "401", description = "Missing, malformed or unknown API key",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@ApplicationScoped
public class KnowledgebaseResource {

    static final String PATH = "/user/knowledgebases";

    static final String CREATED = "Knowledgebase created successfully.";
    static final String UPDATED = "Knowledgebase updated successfully.";
    static final String DELETED = "Knowledgebase deleted successfully.";

    private final ManageKnowledgebasesUseCase knowledgebases;
    private final JsonBodyParser parser;
    private final RequestContext request;
    private final IdempotentCreates idempotent;

    @Inject
    public KnowledgebaseResource(ManageKnowledgebasesUseCase knowledgebases, JsonBodyParser parser,
                                 RequestContext request, IdempotentCreates idempotent) {
        this.knowledgebases = knowledgebases;
        this.idempotent = idempotent;
        this.parser = parser;
        this.request = request;
    }

    /**
     * For CDI's client proxy, and public because JAX-RS insists on a public constructor before it
     * hands creation to CDI, which then builds the instance through the injecting constructor.
     */
    public KnowledgebaseResource() {
        this(null, null, null, null);
    }

    @GET
    @Operation(operationId = "listKnowledgebases", summary = "The caller's knowledge bases, by id")
    @APIResponse(responseCode = "200", description = "`{\"data\": [...]}`",
            content = @Content(schema = @Schema(implementation = KnowledgebaseList.class)))
    public KnowledgebaseList list() {
        return new KnowledgebaseList(knowledgebases.list(request.caller()).stream().map(KnowledgebaseItem::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getKnowledgebase", summary = "One of the caller's knowledge bases")
    @APIResponse(responseCode = "200", description = "The knowledge base",
            content = @Content(schema = @Schema(implementation = KnowledgebaseFound.class)))
    @APIResponse(responseCode = "404", description = "No such knowledge base among the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.WithError.class)))
    public KnowledgebaseFound get(@PathParam("id") String id) {
        KnowledgebaseView found = OwnedRequests.id(id).flatMap(kb -> knowledgebases.get(request.caller(), kb))
                .orElseThrow(ApiException::knowledgebaseNotFound);
        return new KnowledgebaseFound(KnowledgebaseItem.of(found));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createKnowledgebase", summary = "Create a knowledge base, empty")
    @APIResponse(responseCode = "201", description = "Created, with status `empty`",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/user/knowledgebases/{id}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KnowledgebaseSaved.class)))
    @APIResponse(responseCode = "422", description = "Every violated rule, keyed by field",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public Response create(InputStream body, @Context UriInfo uri, @Context HttpHeaders headers) {
        JsonObject json = parser.parseObject(body);
        return idempotent.create(headers, PATH, json, () -> created(json, uri));
    }

    private Response created(JsonObject json, UriInfo uri) {
        Violations unreadable = new Violations();
        KnowledgebaseDetails details = OwnedRequests.bind(json, KnowledgebaseDetails.class, unreadable);
        KnowledgebaseView created = knowledgebases.create(request.caller(), details, unreadable);
        String location = uri.getBaseUriBuilder().path(KnowledgebaseResource.class).path(Long.toString(created.id()))
                .build().getRawPath();
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, location)
                .entity(new KnowledgebaseSaved(CREATED, KnowledgebaseItem.of(created)))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateKnowledgebase", summary = "Change the name or description of a knowledge base",
            description = "Absent fields keep their value; the rules of a create run on the result.")
    @APIResponse(responseCode = "200", description = "Changed (or nothing to change)",
            content = @Content(schema = @Schema(implementation = KnowledgebaseSaved.class)))
    @APIResponse(responseCode = "404", description = "No such knowledge base among the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.WithError.class)))
    @APIResponse(responseCode = "422", description = "Every violated rule, keyed by field",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public KnowledgebaseSaved update(@PathParam("id") String id, InputStream body) {
        long knowledgebaseId = OwnedRequests.id(id).orElseThrow(ApiException::knowledgebaseNotFound);
        Violations unreadable = new Violations();
        KnowledgebaseView changed = knowledgebases.update(request.caller(), knowledgebaseId,
                        OwnedRequests.bindPartial(parser.parseObject(body), KnowledgebaseDetails.class, unreadable),
                        unreadable)
                .orElseThrow(ApiException::knowledgebaseNotFound);
        return new KnowledgebaseSaved(UPDATED, KnowledgebaseItem.of(changed));
    }

    /** No {@code @Consumes}: a request without a body is served whatever {@code Content-Type} it names. */
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteKnowledgebase", summary = "Delete a knowledge base",
            description = "Never refused for its assistants: in the same transaction each assistant using it gets"
                    + " `knowledgebase_id` and `knowledgebase_mode` null.")
    @APIResponse(responseCode = "200", description = "Deleted",
            content = @Content(schema = @Schema(implementation = Deleted.class)))
    @APIResponse(responseCode = "404", description = "No such knowledge base among the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.WithError.class)))
    public Deleted delete(@PathParam("id") String id) {
        boolean deleted = OwnedRequests.id(id).map(kb -> knowledgebases.delete(request.caller(), kb)).orElse(false);
        if (!deleted) {
            throw ApiException.knowledgebaseNotFound();
        }
        return new Deleted(DELETED);
    }
}
