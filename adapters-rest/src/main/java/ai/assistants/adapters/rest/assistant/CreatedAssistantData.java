package ai.assistants.adapters.rest.assistant;

import ai.assistants.adapters.rest.openapi.CodeSchemas;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreatedAssistant")
public record CreatedAssistantData(
        long id,
        String name,
        @Schema(enumeration = "inactive") String status,
        @Schema(ref = CodeSchemas.ASSISTANT_TYPE) String type,
        @Schema(ref = CodeSchemas.ENGINE_MODE) String mode) {
}
