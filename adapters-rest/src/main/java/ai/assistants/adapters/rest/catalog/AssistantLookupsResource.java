package ai.assistants.adapters.rest.catalog;

import ai.assistants.adapters.rest.http.QueryParameters;
import ai.assistants.adapters.rest.openapi.CodeSchemas;
import ai.assistants.adapters.rest.catalog.CatalogDtos.LanguageItem;
import ai.assistants.adapters.rest.catalog.CatalogDtos.AnyModelItem;
import ai.assistants.adapters.rest.catalog.CatalogDtos.PhoneNumberItem;
import ai.assistants.adapters.rest.catalog.CatalogDtos.ProviderItem;
import ai.assistants.adapters.rest.catalog.CatalogDtos.VoiceItem;
import ai.assistants.adapters.rest.http.ErrorBody;
import ai.assistants.adapters.rest.http.RequestContext;
import ai.assistants.adapters.rest.openapi.ApiModelReader;
import ai.assistants.adapters.rest.http.ValidationErrorBody;
import ai.assistants.application.catalog.ModelView;
import ai.assistants.application.port.in.BrowseAccountResourcesQuery;
import ai.assistants.application.port.in.BrowseCatalogQuery;
import ai.assistants.domain.assistant.AssistantType;
import ai.assistants.domain.engine.EngineMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ai.assistants.adapters.rest.assistant.WebhookHelpers;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * What a caller picks from when creating an assistant: the platform-wide reference data, and
 * the caller's own phone numbers; and the webhook helpers, which change one assistant. The listings of assistants ({@code AssistantListResource}) share
 * the root path {@code /user/assistants}: JAX-RS merges root resources with equal paths, and no
 * sub-path is declared twice.
 */
@Path("/user/assistants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
@SecurityRequirement(name = ApiModelReader.API_KEY)
@APIResponse(responseCode = "401", description = "Missing, malformed or unknown API key",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@ApplicationScoped
public class AssistantLookupsResource {

    private final BrowseCatalogQuery catalog;
    private final BrowseAccountResourcesQuery accountResources;
    private final CatalogResponseMapper items;
    private final RequestContext request;
    private final WebhookHelpers webhooks;

    @Inject
    public AssistantLookupsResource(BrowseCatalogQuery catalog, BrowseAccountResourcesQuery accountResources,
                                    CatalogResponseMapper items, RequestContext request, WebhookHelpers webhooks) {
        this.catalog = catalog;
        this.accountResources = accountResources;
        this.items = items;
        this.request = request;
        this.webhooks = webhooks;
    }

    /**
     * For CDI's client proxy, and public because JAX-RS insists on a public constructor before it
     * hands creation to CDI, which then builds the instance through the injecting constructor.
     */
    public AssistantLookupsResource() {
        this(null, null, null, null, null);
    }

    @GET
    @Path("/languages")
    @Operation(operationId = "listLanguages", summary = "Languages")
    @APIResponse(responseCode = "200", description = "Every language",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = LanguageItem.class)))
    public List<LanguageItem> languages() {
        return items.languages(catalog.languages());
    }

    @GET
    @Path("/voices")
    @Operation(operationId = "listVoices", summary = "Voices, by the engine modes they support and by language")
    @APIResponse(responseCode = "200", description = "The matching voices",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = VoiceItem.class)))
    @APIResponse(responseCode = "422", description = "An invalid filter value",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public List<VoiceItem> voices(
            @QueryParam("mode") @Parameter(schema = @Schema(ref = CodeSchemas.ENGINE_MODE))
            String mode,
            @QueryParam("language_id") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String languageId) {
        QueryParameters parameters = new QueryParameters();
        Optional<EngineMode> engineMode = parameters.oneOf("mode", mode, EngineMode.class, EngineMode::code);
        Optional<Long> language = parameters.id("language_id", languageId);
        parameters.requireValid();
        return items.voices(catalog.voices(engineMode, language));
    }

    @GET
    @Path("/models")
    @Operation(operationId = "listModels", summary = "Models: LLMs (default), or the multimodal models of one engine mode",
            description = "`[{id, name}]` for `llm`; `[{id, name, code}]` for `multimodal` and `dualplex`.")
    @APIResponse(responseCode = "200", description = "The models of that type",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AnyModelItem.class)))
    @APIResponse(responseCode = "422", description = "An invalid type",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public List<? extends AnyModelItem> models(
            @QueryParam("type") @Parameter(schema = @Schema(enumeration = {"llm", "multimodal", "dualplex"},
                    defaultValue = "llm")) String type) {
        QueryParameters parameters = new QueryParameters();
        ModelListing listing = parameters.oneOf("type", type, ModelListing.class, ModelListing::code)
                .orElse(ModelListing.LLM);
        parameters.requireValid();
        List<ModelView> models = catalog.models(listing.kind(), listing.mode());
        return listing == ModelListing.LLM ? items.llmModels(models) : items.models(models);
    }

    @GET
    @Path("/synthesizer-providers")
    @Operation(operationId = "listSynthesizerProviders", summary = "Speech synthesis providers, by the language they support")
    @APIResponse(responseCode = "200", description = "The matching providers",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ProviderItem.class)))
    @APIResponse(responseCode = "422", description = "An invalid language_id",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public List<ProviderItem> synthesizerProviders(
            @QueryParam("language_id") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String languageId) {
        return items.providers(catalog.synthesizerProviders(languageFilter(languageId)));
    }

    @GET
    @Path("/transcriber-providers")
    @Operation(operationId = "listTranscriberProviders", summary = "Speech recognition providers, by the language they support")
    @APIResponse(responseCode = "200", description = "The matching providers",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ProviderItem.class)))
    @APIResponse(responseCode = "422", description = "An invalid language_id",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public List<ProviderItem> transcriberProviders(
            @QueryParam("language_id") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String languageId) {
        return items.providers(catalog.transcriberProviders(languageFilter(languageId)));
    }

    @GET
    @Path("/phone-numbers")
    @Operation(operationId = "listPhoneNumbers", summary = "The caller's phone numbers",
            description = "`type=inbound` leaves out Caller ID numbers and numbers held by an inbound assistant.")
    @APIResponse(responseCode = "200", description = "The caller's numbers",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PhoneNumberItem.class)))
    @APIResponse(responseCode = "422", description = "An invalid type",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public List<PhoneNumberItem> phoneNumbers(
            @QueryParam("type") @Parameter(schema = @Schema(ref = CodeSchemas.ASSISTANT_TYPE)) String type) {
        QueryParameters parameters = new QueryParameters();
        Optional<AssistantType> usableFor = parameters.oneOf("type", type, AssistantType.class, AssistantType::code);
        parameters.requireValid();
        return items.phoneNumbers(accountResources.phoneNumbers(request.caller(), usableFor));
    }

    private static Optional<Long> languageFilter(String languageId) {
        QueryParameters parameters = new QueryParameters();
        Optional<Long> language = parameters.id("language_id", languageId);
        parameters.requireValid();
        return language;
    }

    @POST
    @Path("/enable-webhook")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Webhooks")
    @Operation(operationId = "enableWebhook", summary = "Switch the assistant's webhook on, with its URL")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WebhookHelpers.EnablingBody.class)))
    @APIResponse(responseCode = "200", description = "Done, also when it was done already",
            content = @Content(schema = @Schema(implementation = WebhookHelpers.Done.class)))
    @APIResponse(responseCode = "404", description = "No such assistant among the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "422", description = "A missing or invalid assistant id or webhook URL",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public WebhookHelpers.Done enableWebhook(InputStream body) {
        return webhooks.run(WebhookHelpers.Helper.ENABLE_WEBHOOK, body);
    }

    @POST
    @Path("/disable-webhook")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Webhooks")
    @Operation(operationId = "disableWebhook", summary = "Switch the assistant's webhook off and clear its URL")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WebhookHelpers.DisablingBody.class)))
    @APIResponse(responseCode = "200", description = "Done, also when it was done already",
            content = @Content(schema = @Schema(implementation = WebhookHelpers.Done.class)))
    @APIResponse(responseCode = "404", description = "No such assistant among the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "422", description = "A missing or invalid assistant id or webhook URL",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public WebhookHelpers.Done disableWebhook(InputStream body) {
        return webhooks.run(WebhookHelpers.Helper.DISABLE_WEBHOOK, body);
    }

    @POST
    @Path("/enable-inbound-webhook")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Webhooks")
    @Operation(operationId = "enableInboundWebhook", summary = "Set the URL called before an inbound call is answered")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WebhookHelpers.EnablingBody.class)))
    @APIResponse(responseCode = "200", description = "Done, also when it was done already",
            content = @Content(schema = @Schema(implementation = WebhookHelpers.Done.class)))
    @APIResponse(responseCode = "404", description = "No such assistant among the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "422", description = "A missing or invalid assistant id or webhook URL",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public WebhookHelpers.Done enableInboundWebhook(InputStream body) {
        return webhooks.run(WebhookHelpers.Helper.ENABLE_INBOUND_WEBHOOK, body);
    }

    @POST
    @Path("/disable-inbound-webhook")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Webhooks")
    @Operation(operationId = "disableInboundWebhook", summary = "Clear the URL called before an inbound call is answered")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WebhookHelpers.DisablingBody.class)))
    @APIResponse(responseCode = "200", description = "Done, also when it was done already",
            content = @Content(schema = @Schema(implementation = WebhookHelpers.Done.class)))
    @APIResponse(responseCode = "404", description = "No such assistant among the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "422", description = "A missing or invalid assistant id or webhook URL",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public WebhookHelpers.Done disableInboundWebhook(InputStream body) {
        return webhooks.run(WebhookHelpers.Helper.DISABLE_INBOUND_WEBHOOK, body);
    }

    @POST
    @Path("/enable-conversation-ended-webhook")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Webhooks")
    @Operation(operationId = "enableConversationEndedWebhook", summary = "Set the URL called when a conversation ends")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WebhookHelpers.EnablingBody.class)))
    @APIResponse(responseCode = "200", description = "Done, also when it was done already",
            content = @Content(schema = @Schema(implementation = WebhookHelpers.Done.class)))
    @APIResponse(responseCode = "404", description = "No such assistant among the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "422", description = "A missing or invalid assistant id or webhook URL",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public WebhookHelpers.Done enableConversationEndedWebhook(InputStream body) {
        return webhooks.run(WebhookHelpers.Helper.ENABLE_CONVERSATION_ENDED_WEBHOOK, body);
    }

    @POST
    @Path("/disable-conversation-ended-webhook")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Webhooks")
    @Operation(operationId = "disableConversationEndedWebhook", summary = "Clear the URL called when a conversation ends")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WebhookHelpers.DisablingBody.class)))
    @APIResponse(responseCode = "200", description = "Done, also when it was done already",
            content = @Content(schema = @Schema(implementation = WebhookHelpers.Done.class)))
    @APIResponse(responseCode = "404", description = "No such assistant among the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "422", description = "A missing or invalid assistant id or webhook URL",
            content = @Content(schema = @Schema(implementation = ValidationErrorBody.class)))
    public WebhookHelpers.Done disableConversationEndedWebhook(InputStream body) {
        return webhooks.run(WebhookHelpers.Helper.DISABLE_CONVERSATION_ENDED_WEBHOOK, body);
    }
}
