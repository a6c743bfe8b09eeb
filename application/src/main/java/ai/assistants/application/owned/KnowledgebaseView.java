package ai.assistants.application.owned;

import ai.assistants.domain.owned.KnowledgebaseStatus;

import java.time.Instant;

/**
 * A knowledge base as its owner sees it. {@code assistantsCount} counts the owner's assistants that
 * use it; {@code documentsCount} is 0 while documents are not served.
 */
public record KnowledgebaseView(long id, String name, String description, KnowledgebaseStatus status,
                                long documentsCount, long assistantsCount, Instant createdAt, Instant updatedAt) {
}
