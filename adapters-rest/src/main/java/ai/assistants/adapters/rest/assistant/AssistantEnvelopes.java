package ai.assistants.adapters.rest.assistant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract's wrappers around an assistant. */
public final class AssistantEnvelopes {

    static final String CREATED = "Assistant created successfully";
    static final String UPDATED = "Assistant updated successfully";

    private AssistantEnvelopes() {
    }

    @Schema(name = "AssistantCreatedResponse")
    public record Created(@Schema(examples = CREATED) String message, AssistantSummary data) {
    }

    @Schema(name = "AssistantUpdatedResponse")
    public record Updated(@Schema(examples = UPDATED) String message, AssistantSummary data) {
    }

    @Schema(name = "AssistantResponse")
    public record Found(AssistantData data) {
    }
}
