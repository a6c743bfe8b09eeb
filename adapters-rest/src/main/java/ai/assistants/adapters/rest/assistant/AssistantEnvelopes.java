package ai.assistants.adapters.rest.assistant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract's wrappers around an assistant. */
public final class AssistantEnvelopes {

    static final String CREATED = "Assistant created successfully";

    private AssistantEnvelopes() {
    }

    @Schema(name = "AssistantCreatedResponse")
    public record Created(@Schema(examples = CREATED) String message, CreatedAssistantData data) {
    }

    @Schema(name = "AssistantResponse")
    public record Found(AssistantData data) {
    }
}
