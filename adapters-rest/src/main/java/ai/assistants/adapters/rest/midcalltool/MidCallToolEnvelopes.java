package ai.assistants.adapters.rest.midcalltool;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract's wrappers around a tool; a read answers the bare item. */
public final class MidCallToolEnvelopes {

    static final String CREATED = "Tool created successfully";
    static final String UPDATED = "Tool updated successfully";
    static final String DELETED = "Tool deleted successfully";

    private MidCallToolEnvelopes() {
    }

    @Schema(name = "MidCallToolCreatedResponse")
    @JsonbPropertyOrder({"message", "data"})
    public record Created(@Schema(required = true, examples = CREATED) String message, MidCallToolItem data) {
    }

    @Schema(name = "MidCallToolUpdatedResponse")
    @JsonbPropertyOrder({"message", "data"})
    public record Updated(@Schema(required = true, examples = UPDATED) String message, MidCallToolItem data) {
    }

    @Schema(name = "MidCallToolDeletedResponse")
    public record Deleted(@Schema(required = true, examples = DELETED) String message) {
    }
}
