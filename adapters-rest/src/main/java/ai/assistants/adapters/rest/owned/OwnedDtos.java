package ai.assistants.adapters.rest.owned;

import ai.assistants.application.owned.CategoryView;
import ai.assistants.application.owned.KnowledgebaseView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The items and envelopes of knowledge bases, folders and labels, exactly as the contract names them. */
public final class OwnedDtos {

    private OwnedDtos() {
    }

    @Schema(name = "Knowledgebase", description = "A knowledge base's metadata; documents are not served yet.")
    public record KnowledgebaseItem(
            long id, String name, @Schema(nullable = true) String description,
            @Schema(enumeration = {"empty", "processing", "active", "failed"}) String status,
            @Schema(enumeration = {"Empty", "Processing", "Active", "Failed"}) String statusLabel,
            long documentsCount,
            @Schema(description = "How many of the caller's assistants use it") long assistantsCount,
            @Schema(description = "ISO-8601, UTC") String createdAt,
            @Schema(description = "ISO-8601, UTC") String updatedAt) {

        static KnowledgebaseItem of(KnowledgebaseView view) {
            return new KnowledgebaseItem(view.id(), view.name(), view.description(), view.status().code(),
                    view.status().label(), view.documentsCount(), view.assistantsCount(), view.createdAt().toString(),
                    view.updatedAt().toString());
        }
    }

    @Schema(name = "Category", description = "A folder or a label.")
    public record CategoryItem(
            long id, String name,
            @Schema(nullable = true,
                    enumeration = {"gray", "slate", "red", "orange", "amber", "green", "teal", "blue", "purple", "pink"})
            String color,
            @Schema(description = "How many of the caller's assistants are in the folder, or carry the label")
            long assistantsCount) {

        static CategoryItem of(CategoryView view) {
            return new CategoryItem(view.id(), view.name(), view.color() == null ? null : view.color().code(),
                    view.assistantsCount());
        }
    }

    @Schema(name = "KnowledgebaseList")
    public record KnowledgebaseList(List<KnowledgebaseItem> data) {
    }

    @Schema(name = "KnowledgebaseResponse")
    public record KnowledgebaseFound(KnowledgebaseItem data) {
    }

    @Schema(name = "KnowledgebaseSaved")
    public record KnowledgebaseSaved(@Schema(required = true) String message, KnowledgebaseItem data) {
    }

    @Schema(name = "CategorySaved")
    public record CategorySaved(@Schema(required = true) String message, CategoryItem data) {
    }

    @Schema(name = "Deleted")
    public record Deleted(@Schema(required = true) String message) {
    }
}
