package ai.assistants.adapters.rest.openapi;

import ai.assistants.domain.assistant.AmbientSound;
import ai.assistants.domain.assistant.AssistantStatus;
import ai.assistants.domain.assistant.AssistantType;
import ai.assistants.domain.assistant.EndpointType;
import ai.assistants.domain.assistant.KnowledgebaseMode;
import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.PhoneNumberType;
import ai.assistants.domain.code.Codes;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

import java.util.Arrays;
import java.util.List;

/**
 * The sets of codes the API speaks, as named schemas built from the domain's enums, so that
 * response fields and query parameters refer to them ({@code @Schema(ref = CodeSchemas.ENGINE_MODE)})
 * instead of repeating their values.
 */
public final class CodeSchemas {

    public static final String ASSISTANT_TYPE = "AssistantType";
    public static final String ENGINE_MODE = "EngineMode";
    public static final String KNOWLEDGEBASE_MODE = "KnowledgebaseMode";
    public static final String ENDPOINT_TYPE = "EndpointType";
    public static final String AMBIENT_SOUND = "AmbientSound";
    public static final String ASSISTANT_STATUS = "AssistantStatus";
    public static final String PHONE_NUMBER_TYPE_LABEL = "PhoneNumberTypeLabel";

    private CodeSchemas() {
    }

    static void register(Components components) {
        add(components, ASSISTANT_TYPE, Codes.all(AssistantType.class));
        add(components, ENGINE_MODE, Codes.all(EngineMode.class));
        add(components, KNOWLEDGEBASE_MODE, Codes.all(KnowledgebaseMode.class));
        add(components, ENDPOINT_TYPE, Codes.all(EndpointType.class));
        add(components, AMBIENT_SOUND, Codes.all(AmbientSound.class));
        add(components, ASSISTANT_STATUS, Codes.all(AssistantStatus.class));
        add(components, PHONE_NUMBER_TYPE_LABEL,
                Arrays.stream(PhoneNumberType.values()).map(PhoneNumberType::label).toList());
    }

    private static void add(Components components, String name, List<String> codes) {
        components.addSchema(name, OASFactory.createSchema().addType(SchemaType.STRING)
                .enumeration(List.copyOf(codes)));
    }
}
