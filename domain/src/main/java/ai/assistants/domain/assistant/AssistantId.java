package ai.assistants.domain.assistant;

public record AssistantId(long value) {
}
