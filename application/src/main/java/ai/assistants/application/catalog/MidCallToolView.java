package ai.assistants.application.catalog;

public record MidCallToolView(long id, String name, String description) {
}
