package ai.assistants.adapters.rest.midcalltool;

import ai.assistants.adapters.rest.idempotency.IdempotentCreates;
import ai.assistants.adapters.rest.contract.ContractRecord;
import ai.assistants.adapters.rest.http.ApiException;
import ai.assistants.adapters.rest.http.ErrorBody;
import ai.assistants.adapters.rest.http.PathIds;
import ai.assistants.adapters.rest.http.RequestContext;
import ai.assistants.adapters.rest.http.ValidationErrorBody;
import ai.assistants.adapters.rest.json.JsonBodyParser;
import ai.assistants.adapters.rest.json.JsonRecordBinder;
import ai.assistants.adapters.rest.openapi.ApiModelReader;
import ai.assistants.application.port.in.CreateMidCallToolCommand;
import ai.assistants.application.port.in.ManageMidCallToolsUseCase;
import ai.assistants.application.port.in.MidCallToolLimitReachedException;
import ai.assistants.application.port.in.UpdateMidCallToolCommand;
import ai.assistants.domain.midcalltool.MidCallTool;
import ai.assistants.domain.midcalltool.MidCallToolChange;
import ai.assistants.domain.midcalltool.MidCallToolDefinition;
import ai.assistants.domain.midcalltool.MidCallToolId;
import ai.assistants.domain.validation.FieldPath;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The caller's mid-call tools. A request is bound onto the tool's own shape ({@link MidCallToolDefinition},
 * whose components are the contract's fields), which the reader and the API description both follow.
 */
@Path(MidCallToolResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mid-call tools")
@SecurityRequirement(name = ApiModelReader.API_KEY)
@APIResponse(responseCode = "401", description = "Missing, malformed or unknown API key",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@ApplicationScoped
public class MidCallToolResource {

    static final String PATH = "/user/tools";

    private final ManageMidCallToolsUseCase tools;
    private final JsonBodyParser parser;
    private final RequestContext request;
    private final IdempotentCreates idempotent;
    private final JsonRecordBinder binder = new JsonRecordBinder();

    @Inject
    public MidCallToolResource(ManageMidCallToolsUseCase tools, JsonBodyParser parser, RequestContext request,
                               IdempotentCreates idempotent) {
        this.tools = tools;
        this.idempotent = idempotent;
        this.parser = parser;
        this.request = request;
    }

    /**
     * For CDI's client proxy, and public because JAX-RS insists on a public constructor before it
     * hands creation to CDI, which then builds the instance through the injecting constructor.
     */
    public MidCallToolResource() {
        this(null, null, null, null);
    }

    @GET
    @Operation(operationId = "listMidCallTools", summary = "The caller's mid-call tools, in id order")
    @APIResponse(responseCode = "200", description = "A bare array of the caller's tools",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MidCallToolItem.class)))
    public List<MidCallToolItem> list() {
        return MidCallToolResponses.items(tools.list(request.caller()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMidCallTool", summary = "Read one of the caller's mid-call tools")
    @APIResponse(responseCode = "200", description = "The bare tool",
            content = @Content(schema = @Schema(implementation = MidCallToolItem.class)))
    @APIResponse(responseCode = "404", description = "No such tool among the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public MidCallToolItem get(@PathParam("id") String id) {
        return MidCallToolResponses.item(parseId(id)
                .flatMap(toolId -> tools.get(request.caller(), toolId))
                .orElseThrow(ApiException::midCallToolNotFound));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMidCallTool", summary = "Create a mid-call tool",
            description = "Every violated rule is reported in one 422; an account at its plan's limit of tools gets a"
                    + " 422 with only a message. Nothing is stored unless the answer is 201.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = ApiModelReader.MID_CALL_TOOL_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/user/tools/{id}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MidCallToolEnvelopes.Created.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or JSON that is not an object",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "415", description = "Content-Type is not application/json",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "422", description = "Every violated rule, keyed by field; or the plan's limit reached",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public Response create(InputStream body, @Context UriInfo uri, @Context HttpHeaders headers) {
        JsonObject json = parser.parseObject(body);
        return idempotent.create(headers, PATH, json, () -> created(json, uri));
    }

    private Response created(JsonObject json, UriInfo uri) {
        Violations unreadable = new Violations();
        MidCallToolDefinition sent = binder.bind(json, MidCallToolDefinition.class, unreadable);
        MidCallTool created;
        try {
            created = tools.create(new CreateMidCallToolCommand(request.caller(), sent, unreadable));
        } catch (MidCallToolLimitReachedException limitReached) {
            throw ApiException.midCallToolLimitReached(limitReached.limit());
        }
        MidCallToolItem data = MidCallToolResponses.item(created);
        String location = uri.getBaseUriBuilder().path(MidCallToolResource.class).path(Long.toString(data.id()))
                .build().getRawPath();
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, location)
                .entity(new MidCallToolEnvelopes.Created(MidCallToolEnvelopes.CREATED, data))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMidCallTool", summary = "Change some fields of one of the caller's mid-call tools",
            description = "Absent fields keep their value, null puts a field back to what a create gives it, lists are"
                    + " replaced whole. Every rule of a create runs on the result; nothing changes unless the answer is 200.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = ApiModelReader.MID_CALL_TOOL_UPDATE)))
    @APIResponse(responseCode = "200", description = "Changed (or nothing to change)",
            content = @Content(schema = @Schema(implementation = MidCallToolEnvelopes.Updated.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or JSON that is not an object",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "No such tool among the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "415", description = "Content-Type is not application/json",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "422", description = "Every violated rule of the changed tool, keyed by field",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public Response update(@PathParam("id") String id, InputStream body) {
        MidCallToolId toolId = parseId(id).orElseThrow(ApiException::midCallToolNotFound);
        JsonObject json = parser.parseObject(body);
        Violations unreadable = new Violations();
        MidCallToolDefinition values = binder.bind(json, MidCallToolDefinition.class, unreadable);
        MidCallToolChange change = new MidCallToolChange(values, sent(json));
        MidCallTool changed = tools.update(new UpdateMidCallToolCommand(request.caller(), toolId, change, unreadable))
                .orElseThrow(ApiException::midCallToolNotFound);
        return Response.ok(new MidCallToolEnvelopes.Updated(MidCallToolEnvelopes.UPDATED,
                MidCallToolResponses.item(changed))).build();
    }

    /** No {@code @Consumes}: a request without a body is served whatever {@code Content-Type} it names. */
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteMidCallTool", summary = "Delete one of the caller's mid-call tools",
            description = "In the same transaction its id leaves the tool_ids of every assistant that names it.")
    @APIResponse(responseCode = "200", description = "Deleted",
            content = @Content(schema = @Schema(implementation = MidCallToolEnvelopes.Deleted.class)))
    @APIResponse(responseCode = "404", description = "No such tool among the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public MidCallToolEnvelopes.Deleted delete(@PathParam("id") String id) {
        boolean deleted = parseId(id).map(toolId -> tools.delete(request.caller(), toolId)).orElse(false);
        if (!deleted) {
            throw ApiException.midCallToolNotFound();
        }
        return new MidCallToolEnvelopes.Deleted(MidCallToolEnvelopes.DELETED);
    }

    /** The fields the request names, whatever their value: the others keep what is stored. */
    private static Set<FieldPath> sent(JsonObject json) {
        Set<FieldPath> sent = new LinkedHashSet<>();
        for (ContractRecord.Component component : ContractRecord.of(MidCallToolDefinition.class).components()) {
            if (json.containsKey(component.key())) {
                sent.add(FieldPath.of(component.reflected().getName()));
            }
        }
        return sent;
    }

    private static Optional<MidCallToolId> parseId(String id) {
        return PathIds.parse(id).map(MidCallToolId::new);
    }
}
