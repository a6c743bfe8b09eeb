package ai.assistants.adapters.rest.assistant;

import ai.assistants.adapters.rest.openapi.CodeSchemas;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssistantSummary", description = "What create and update answer with: a new assistant is always inactive")
public record AssistantSummary(
        long id,
        String name,
        @Schema(ref = CodeSchemas.ASSISTANT_STATUS) String status,
        @Schema(ref = CodeSchemas.ASSISTANT_TYPE) String type,
        @Schema(ref = CodeSchemas.ENGINE_MODE) String mode) {
}
