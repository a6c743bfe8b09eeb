package ai.assistants.domain.assistant;

public record PostCallField(String name, String type, String description) {
}
