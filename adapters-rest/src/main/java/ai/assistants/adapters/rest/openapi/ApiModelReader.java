package ai.assistants.adapters.rest.openapi;

import ai.assistants.domain.account.AccountDraft;
import ai.assistants.domain.account.ApiKeyDraft;
import ai.assistants.domain.account.PhoneNumberDraft;
import ai.assistants.adapters.rest.contract.AssistantRequest;
import ai.assistants.domain.midcalltool.MidCallToolDefinition;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The parts of {@code /openapi} the annotation scan cannot see: the create request, which is
 * read with JSON-P rather than bound to a class, and the API key scheme. Named in
 * {@code bootstrap/src/main/openapi/openapi.properties} as {@code mp.openapi.model.reader}: the build runs it.
 */
public class ApiModelReader implements OASModelReader {

    public static final String CREATE_REQUEST = "CreateAssistantRequest";
    public static final String UPDATE_REQUEST = "UpdateAssistantRequest";
    public static final String API_KEY = "apiKey";
    public static final String MID_CALL_TOOL_REQUEST = "CreateMidCallToolRequest";
    public static final String MID_CALL_TOOL_UPDATE = "UpdateMidCallToolRequest";
    public static final String OPERATOR = "operator";
    public static final String CREATE_ACCOUNT_REQUEST = "CreateAccountRequest";
    public static final String CREATE_API_KEY_REQUEST = "CreateApiKeyRequest";
    public static final String CREATE_PHONE_NUMBER_REQUEST = "CreatePhoneNumberRequest";

    @Override
    public OpenAPI buildModel() {
        Components components = OASFactory.createComponents();
        CodeSchemas.register(components);
        SharedAnswers.register(components);
        new RecordSchemas(components).register(CREATE_REQUEST, AssistantRequest.class);
        components.getSchemas().get(CREATE_REQUEST).description("A new assistant. Unknown fields are errors;"
                + " every violated rule is reported in one 422. Each field's default is what a field left out gets.");
        components.addSchema(UPDATE_REQUEST, partialUpdateOf(components.getSchemas().get(CREATE_REQUEST)));
        new RecordSchemas(components).register(MID_CALL_TOOL_REQUEST, MidCallToolDefinition.class);
        components.addSchema(MID_CALL_TOOL_UPDATE, allOptional(components.getSchemas().get(MID_CALL_TOOL_REQUEST))
                .description("Only the fields sent change: an absent field keeps its value, null puts it back to what a"
                        + " create gives when it is left out, lists replace the stored ones whole."));
        components.addSecurityScheme(API_KEY, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("`Authorization: Bearer <api key>`; each key belongs to one account."));
        RecordSchemas operators = new RecordSchemas(components);
        operators.register(CREATE_ACCOUNT_REQUEST, AccountDraft.class);
        operators.register(CREATE_API_KEY_REQUEST, ApiKeyDraft.class);
        operators.register(CREATE_PHONE_NUMBER_REQUEST, PhoneNumberDraft.class);
        components.addSecurityScheme(OPERATOR, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("`/admin` only: an operator's user name and password, as the server's security knows them"
                        + " (role `operator`); an API key never opens `/admin`."));
        return OASFactory.createOpenAPI()
                .info(OASFactory.createInfo().title("Voice assistants API").version("1.0"))
                .components(components);
    }

    /** The same fields, none of them required. */
    private static Schema allOptional(Schema create) {
        Schema update = OASFactory.createSchema().type(create.getType())
                .additionalPropertiesBoolean(create.getAdditionalPropertiesBoolean());
        create.getProperties().forEach(update::addProperty);
        return update;
    }

    /** A create's fields, none of them required, and the status: what a partial update may send. */
    private static Schema partialUpdateOf(Schema create) {
        Schema update = OASFactory.createSchema().type(create.getType())
                .additionalPropertiesBoolean(create.getAdditionalPropertiesBoolean())
                .description("Only the fields sent change: an absent field keeps its value, null puts it back to what a"
                        + " create gives when it is left out (a required field cannot be null), lists and maps replace the"
                        + " stored ones whole. `status` activates or deactivates; every rule of a create runs on the result.");
        create.getProperties().forEach(update::addProperty);
        update.addProperty("status", OASFactory.createSchema().ref(CodeSchemas.ASSISTANT_STATUS));
        return update;
    }
}
