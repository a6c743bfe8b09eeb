package ai.assistants.adapters.rest.assistant;

import ai.assistants.adapters.rest.contract.AssistantRequest;
import ai.assistants.adapters.rest.contract.WireFields;
import ai.assistants.adapters.rest.http.ApiException;
import ai.assistants.adapters.rest.http.ErrorBody;
import ai.assistants.adapters.rest.idempotency.IdempotentCreates;
import ai.assistants.adapters.rest.http.PathIds;
import ai.assistants.adapters.rest.http.RequestContext;
import ai.assistants.adapters.rest.http.ServiceCounters;
import ai.assistants.adapters.rest.http.ValidationErrorBody;
import ai.assistants.adapters.rest.json.JsonBodyParser;
import ai.assistants.adapters.rest.json.JsonRecordBinder;
import ai.assistants.adapters.rest.openapi.ApiModelReader;
import ai.assistants.application.assistant.AssistantDeletion;
import ai.assistants.application.port.in.CreateAssistantCommand;
import ai.assistants.application.port.in.CreateAssistantUseCase;
import ai.assistants.application.port.in.DeleteAssistantUseCase;
import ai.assistants.application.port.in.GetAssistantQuery;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.validation.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Request;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import java.io.InputStream;
import java.util.Optional;

@Path(AssistantResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assistants")
@SecurityRequirement(name = ApiModelReader.API_KEY)
@APIResponse(responseCode = "401", description = "Missing, malformed or unknown API key",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@ApplicationScoped
public class AssistantResource {

    static final String PATH = "/user/assistant";

    private final CreateAssistantUseCase createAssistant;
    private final GetAssistantQuery getAssistant;
    private final AssistantChanges changes;
    private final JsonBodyParser parser;
    private final AssistantResponseMapper responses;
    private final RequestContext request;
    private final JsonRecordBinder binder = new JsonRecordBinder();
    private final DeleteAssistantUseCase deleteAssistant;
    private final IdempotentCreates idempotent;
    private final ServiceCounters counters;

    @Inject
    public AssistantResource(CreateAssistantUseCase createAssistant, GetAssistantQuery getAssistant,
                             AssistantChanges changes, JsonBodyParser parser,
                             AssistantResponseMapper responses, RequestContext request,
                             DeleteAssistantUseCase deleteAssistant, IdempotentCreates idempotent,
                             ServiceCounters counters) {
        this.createAssistant = createAssistant;
        this.getAssistant = getAssistant;
        this.changes = changes;
        this.parser = parser;
        this.responses = responses;
        this.request = request;
        this.deleteAssistant = deleteAssistant;
        this.idempotent = idempotent;
        this.counters = counters;
    }

    /**
     * For CDI's client proxy, and public because JAX-RS insists on a public constructor before it
     * hands creation to CDI, which then builds the instance through the injecting constructor.
     */
    public AssistantResource() {
        this(null, null, null, null, null, null, null, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAssistant", summary = "Create an assistant",
            description = "Every violated rule is reported in one 422 answer; nothing is stored unless the answer is 201.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = ApiModelReader.CREATE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created; the new assistant is inactive",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/user/assistant/{id}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AssistantEnvelopes.Created.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or JSON that is not an object",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "413", description = "Body larger than 1 MiB",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "415", description = "Content-Type is not application/json",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "422", description = "Every violated rule, keyed by field",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public Response create(InputStream body, @Context UriInfo uri, @Context HttpHeaders headers) {
        JsonObject json = parser.parseObject(body);
        Response answer = idempotent.create(headers, PATH, json, () -> created(json, uri));
        // counted once committed: under a key the create's transaction ends only after created() returns
        if (IdempotentCreates.createdAnew(answer)) {
            counters.assistantCreated();
        }
        return answer;
    }

    private Response created(JsonObject json, UriInfo uri) {
        Violations unreadable = new Violations();
        AssistantRequest sent = binder.bind(json, AssistantRequest.class, unreadable);
        Assistant created = createAssistant.create(new CreateAssistantCommand(request.caller(),
                AssistantRequestMapper.INSTANCE.toProposal(sent), WireFields.sent(json.keySet()),
                WireFields.toDomain(unreadable)));
        AssistantSummary data = responses.toSummary(created);
        String location = uri.getBaseUriBuilder().path(AssistantResource.class).path(Long.toString(data.id()))
                .build().getRawPath();
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, location)
                .entity(new AssistantEnvelopes.Created(AssistantEnvelopes.CREATED, data))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAssistant", summary = "Read one of the caller's assistants back")
    @APIResponse(responseCode = "200", description = "The assistant, defaults resolved and secrets masked",
            headers = @Header(name = HttpHeaders.ETAG, description = "The assistant's version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AssistantEnvelopes.Found.class)))
    @APIResponse(responseCode = "404", description = "No such assistant among the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response get(@PathParam("id") String id) {
        Assistant found = parseId(id)
                .flatMap(assistantId -> getAssistant.get(request.caller(), assistantId))
                .orElseThrow(ApiException::assistantNotFound);
        return Response.ok(new AssistantEnvelopes.Found(responses.toData(found)))
                .tag(AssistantVersions.tagOf(found))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateAssistant", summary = "Change some fields of one of the caller's assistants",
            description = "Absent fields keep their value, null puts a field back to what a create gives it, lists and "
                    + "maps are replaced whole; status activates. Every rule of a create runs on the result and every "
                    + "violation is reported in one 422; nothing changes unless the answer is 200.")
    @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER,
            description = "The ETag of the version the change is based on; a stale one answers 412",
            schema = @Schema(type = SchemaType.STRING))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = ApiModelReader.UPDATE_REQUEST)))
    @APIResponse(responseCode = "200", description = "Changed (or nothing to change)",
            headers = @Header(name = HttpHeaders.ETAG, description = "The assistant's new version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AssistantEnvelopes.Updated.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or JSON that is not an object",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "No such assistant among the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer the stored one",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "415", description = "Content-Type is not application/json",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "422", description = "Every violated rule of the changed assistant, keyed by field",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public Response update(@PathParam("id") String id, InputStream body, @Context Request preconditions) {
        AssistantId assistantId = parseId(id).orElseThrow(ApiException::assistantNotFound);
        Assistant changed = changes.apply(assistantId, parser.parseObject(body), AssistantVersions.preconditionsOf(preconditions));
        return Response.ok(new AssistantEnvelopes.Updated(AssistantEnvelopes.UPDATED, responses.toSummary(changed)))
                .tag(AssistantVersions.tagOf(changed))
                .build();
    }

    /** No {@code @Consumes}: a request without a body is served whatever {@code Content-Type} it names. */
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteAssistant", summary = "Delete one of the caller's assistants",
            description = "Its inbound phone number becomes free at once. An assistant that another of the caller's"
                    + " assistants transfers calls to is kept; the id of a deleted assistant is never given again.")
    @APIResponse(responseCode = "200", description = "Deleted",
            content = @Content(schema = @Schema(implementation = AssistantEnvelopes.Deleted.class)))
    @APIResponse(responseCode = "404", description = "No such assistant among the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "Kept: other assistants name it in an assistant_transfer tool",
            content = @Content(schema = @Schema(implementation = AssistantEnvelopes.TransferTargetConflict.class)))
    public Response delete(@PathParam("id") String id) {
        AssistantDeletion deletion = parseId(id)
                .map(assistantId -> deleteAssistant.delete(request.caller(), assistantId))
                .orElseGet(AssistantDeletion.NotFound::new);
        if (deletion instanceof AssistantDeletion.TransferTargetOfOthers kept) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(new AssistantEnvelopes.TransferTargetConflict(AssistantEnvelopes.TRANSFER_TARGET_OF_OTHERS,
                            kept.referrerIds()))
                    .build();
        }
        if (deletion instanceof AssistantDeletion.NotFound) {
            throw ApiException.assistantNotFound();
        }
        return Response.ok(new AssistantEnvelopes.Deleted(AssistantEnvelopes.DELETED)).build();
    }

    /** Ids are positive decimal integers; any other path segment names no assistant. */
    private static Optional<AssistantId> parseId(String id) {
        return PathIds.parse(id).map(AssistantId::new);
    }
}
