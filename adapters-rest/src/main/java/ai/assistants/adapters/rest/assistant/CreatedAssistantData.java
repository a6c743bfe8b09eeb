package ai.assistants.adapters.rest.assistant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreatedAssistant")
public record CreatedAssistantData(
        long id,
        String name,
        @Schema(enumeration = "inactive") String status,
        @Schema(enumeration = {"inbound", "outbound"}) String type,
        @Schema(enumeration = {"pipeline", "multimodal", "dualplex"}) String mode) {
}
