package ai.assistants.application.catalog;

public record KnowledgebaseView(long id, String name, String status) {
}
