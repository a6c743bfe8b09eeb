package ai.assistants.domain.owned;

import ai.assistants.domain.validation.constraint.CodePoints;
import jakarta.validation.constraints.NotBlank;

/** What a caller says of a knowledge base; its documents (and so its status) are not the caller's to set. */
public record KnowledgebaseDetails(
        @NotBlank @CodePoints(max = 255) String name,
        @CodePoints(max = 255) String description) {
}
