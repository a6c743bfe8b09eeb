package ai.assistants.domain.assistant;

public record KnowledgebaseAttachment(long knowledgebaseId, KnowledgebaseMode mode) {
}
