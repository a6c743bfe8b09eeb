package ai.assistants.adapters.rest.assistant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The contract's wrappers around an assistant. */
public final class AssistantEnvelopes {

    static final String CREATED = "Assistant created successfully";
    static final String UPDATED = "Assistant updated successfully";
    static final String DELETED = "Assistant deleted successfully";
    static final String TRANSFER_TARGET_OF_OTHERS = "The assistant is the transfer target of other assistants.";

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

    @Schema(name = "AssistantDeletedResponse")
    public record Deleted(@Schema(required = true, examples = DELETED) String message) {
    }

    @Schema(name = "AssistantTransferTargetConflict",
            description = "The body of a 409 answer to a delete: the assistant is kept while others transfer calls to it.")
    public record TransferTargetConflict(
            @Schema(required = true, examples = TRANSFER_TARGET_OF_OTHERS) String message,
            @Schema(required = true, description = "The caller's assistants whose assistant_transfer tools name it, ascending")
            List<Long> assistantIds) {
    }
}
