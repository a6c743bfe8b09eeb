package ai.assistants.adapters.rest.admin;

import ai.assistants.adapters.rest.account.AccountDtos.PhoneNumberItem;
import ai.assistants.adapters.rest.admin.AdminDtos.AccountItem;
import ai.assistants.adapters.rest.admin.AdminDtos.ApiKeyItem;
import ai.assistants.adapters.rest.admin.AdminDtos.AccountData;
import ai.assistants.adapters.rest.admin.AdminDtos.ApiKeysData;
import ai.assistants.adapters.rest.admin.AdminDtos.IssuedApiKeyData;
import ai.assistants.adapters.rest.admin.AdminDtos.PhoneNumberData;
import ai.assistants.adapters.rest.admin.AdminDtos.IssuedApiKeyItem;
import ai.assistants.adapters.rest.admin.AdminDtos.Message;
import ai.assistants.adapters.rest.admin.AdminDtos.PhoneNumberInUse;
import ai.assistants.adapters.rest.http.ApiException;
import ai.assistants.adapters.rest.http.ErrorBody;
import ai.assistants.adapters.rest.http.PathIds;
import ai.assistants.adapters.rest.http.ValidationErrorBody;
import ai.assistants.adapters.rest.json.JsonBodyParser;
import ai.assistants.adapters.rest.json.JsonRecordBinder;
import ai.assistants.adapters.rest.openapi.ApiModelReader;
import ai.assistants.adapters.rest.pagination.PageQuery;
import ai.assistants.adapters.rest.pagination.Paginated;
import ai.assistants.application.account.AccountView;
import ai.assistants.application.account.PhoneNumberRemoval;
import ai.assistants.application.paging.Page;
import ai.assistants.application.port.in.OperateAccountsUseCase;
import ai.assistants.domain.account.AccountDraft;
import ai.assistants.domain.account.ApiKeyDraft;
import ai.assistants.domain.account.PhoneNumberDraft;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.validation.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.List;

/**
 * The operators' provisioning: accounts, their keys and their numbers. Every request has signed in
 * as an operator first ({@code OperatorAuthenticationFilter}); ids name any account's resources.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operators")
@SecurityRequirement(name = ApiModelReader.OPERATOR)
@APIResponse(responseCode = "401", description = "Not signed in as an operator (HTTP Basic), or no operator is configured",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@ApplicationScoped
public class AdminResource {

    static final int DEFAULT_PER_PAGE = 10;

    private final OperateAccountsUseCase operate;
    private final JsonBodyParser parser;
    private final JsonRecordBinder binder = new JsonRecordBinder();

    @Inject
    public AdminResource(OperateAccountsUseCase operate, JsonBodyParser parser) {
        this.operate = operate;
        this.parser = parser;
    }

    /**
     * For CDI's client proxy, and public because JAX-RS insists on a public constructor before it
     * hands creation to CDI, which then builds the instance through the injecting constructor.
     */
    public AdminResource() {
        this(null, null);
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAccount", summary = "Create an account")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = ApiModelReader.CREATE_ACCOUNT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/admin/accounts/{id}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AccountData.class)))
    @APIResponse(responseCode = "422", description = "Every violated rule, keyed by field",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public Response createAccount(InputStream body, @Context UriInfo uri) {
        Violations unreadable = new Violations();
        AccountDraft draft = binder.bind(parser.parseObject(body), AccountDraft.class, unreadable);
        AccountItem created = AccountItem.of(operate.createAccount(draft, unreadable));
        return created(uri, "accounts/" + created.id(), new AccountData(created));
    }

    @GET
    @Path("/accounts")
    @Operation(operationId = "listAccounts", summary = "A page of the accounts, by id")
    @APIResponse(responseCode = "200", description = "The paginator envelope of the accounts",
            content = @Content(schema = @Schema(implementation = Paginated.class)))
    @APIResponse(responseCode = "422", description = "A bad page or per_page",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public Paginated<AccountItem> accounts(
            @QueryParam(PageQuery.PAGE) @Parameter(in = ParameterIn.QUERY, description = "1-based page number",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) String page,
            @QueryParam(PageQuery.PER_PAGE) @Parameter(in = ParameterIn.QUERY, description = "Items per page",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "10"))
            String perPage,
            @Context UriInfo uri) {
        PageQuery query = PageQuery.read(page, perPage, DEFAULT_PER_PAGE);
        Page<AccountView> found = operate.accounts(query.request());
        return Paginated.of(found, found.items().stream().map(AccountItem::of).toList(), query, uri.getAbsolutePath());
    }

    @GET
    @Path("/accounts/{id}")
    @Operation(operationId = "getAccount", summary = "One account")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(schema = @Schema(implementation = AccountData.class)))
    @APIResponse(responseCode = "404", description = "No such account",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public AccountData account(@PathParam("id") String id) {
        return new AccountData(AccountItem.of(operate.account(accountId(id)).orElseThrow(ApiException::accountNotFound)));
    }

    @POST
    @Path("/accounts/{id}/api-keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey", summary = "Issue a key for an account",
            description = "The answer is the only time the key is shown: only its hash is stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = ApiModelReader.CREATE_API_KEY_REQUEST)))
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(schema = @Schema(implementation = IssuedApiKeyData.class)))
    @APIResponse(responseCode = "404", description = "No such account",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "422", description = "Every violated rule, keyed by field",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public Response createApiKey(@PathParam("id") String id, InputStream body, @Context UriInfo uri) {
        AccountId account = accountId(id);
        Violations unreadable = new Violations();
        ApiKeyDraft draft = binder.bind(parser.parseObject(body), ApiKeyDraft.class, unreadable);
        IssuedApiKeyItem issued = IssuedApiKeyItem.of(operate.issueApiKey(account, draft, unreadable)
                .orElseThrow(ApiException::accountNotFound));
        return created(uri, "api-keys/" + issued.id(), new IssuedApiKeyData(issued));
    }

    @GET
    @Path("/accounts/{id}/api-keys")
    @Operation(operationId = "listApiKeys", summary = "An account's keys, by id, without the keys")
    @APIResponse(responseCode = "200", description = "The account's keys",
            content = @Content(schema = @Schema(implementation = ApiKeysData.class)))
    @APIResponse(responseCode = "404", description = "No such account",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public ApiKeysData apiKeys(@PathParam("id") String id) {
        return new ApiKeysData(operate.apiKeys(accountId(id)).orElseThrow(ApiException::accountNotFound)
                .stream().map(ApiKeyItem::of).toList());
    }

    @DELETE
    @Path("/api-keys/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke a key",
            description = "Every instance refuses the key within 5 seconds (each remembers a key it found for 3).")
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(schema = @Schema(implementation = Message.class)))
    @APIResponse(responseCode = "404", description = "No such key",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Message revokeApiKey(@PathParam("id") String id) {
        long keyId = PathIds.parse(id).orElseThrow(ApiException::apiKeyNotFound);
        if (!operate.revokeApiKey(keyId)) {
            throw ApiException.apiKeyNotFound();
        }
        return new Message(AdminDtos.API_KEY_REVOKED);
    }

    @POST
    @Path("/accounts/{id}/phone-numbers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPhoneNumber", summary = "Give an account a phone number",
            description = "A number belongs to at most one account.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = ApiModelReader.CREATE_PHONE_NUMBER_REQUEST)))
    @APIResponse(responseCode = "201", description = "Given",
            content = @Content(schema = @Schema(implementation = PhoneNumberData.class)))
    @APIResponse(responseCode = "404", description = "No such account",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "422", description = "Every violated rule, keyed by field",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public Response createPhoneNumber(@PathParam("id") String id, InputStream body, @Context UriInfo uri) {
        AccountId account = accountId(id);
        Violations unreadable = new Violations();
        PhoneNumberDraft draft = binder.bind(parser.parseObject(body), PhoneNumberDraft.class, unreadable);
        PhoneNumberItem created = PhoneNumberItem.of(operate.addPhoneNumber(account, draft, unreadable)
                .orElseThrow(ApiException::accountNotFound));
        return created(uri, "phone-numbers/" + created.id(), new PhoneNumberData(created));
    }

    @DELETE
    @Path("/phone-numbers/{id}")
    @Operation(operationId = "deletePhoneNumber", summary = "Take a number away from its account",
            description = "Refused while an assistant uses it as its number.")
    @APIResponse(responseCode = "200", description = "Deleted",
            content = @Content(schema = @Schema(implementation = Message.class)))
    @APIResponse(responseCode = "404", description = "No such number",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "Kept: assistants use it",
            content = @Content(schema = @Schema(implementation = PhoneNumberInUse.class)))
    public Response deletePhoneNumber(@PathParam("id") String id) {
        long numberId = PathIds.parse(id).orElseThrow(ApiException::phoneNumberNotFound);
        PhoneNumberRemoval removal = operate.removePhoneNumber(numberId);
        if (removal instanceof PhoneNumberRemoval.InUse used) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(new PhoneNumberInUse(AdminDtos.PHONE_NUMBER_IN_USE, used.assistantIds()))
                    .build();
        }
        if (removal instanceof PhoneNumberRemoval.NotFound) {
            throw ApiException.phoneNumberNotFound();
        }
        return Response.ok(new Message(AdminDtos.PHONE_NUMBER_DELETED)).build();
    }

    private static AccountId accountId(String id) {
        return new AccountId(PathIds.parse(id).orElseThrow(ApiException::accountNotFound));
    }

    /** 201 with {@code Location: /api/admin/<path>} and the item in its {@code {"data": ...}} envelope. */
    private static Response created(UriInfo uri, String path, Record envelope) {
        String location = uri.getBaseUriBuilder().path(AdminResource.class).path(path).build().getRawPath();
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, location)
                .entity(envelope).build();
    }
}
