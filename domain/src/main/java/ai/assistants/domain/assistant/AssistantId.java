package ai.assistants.domain.assistant;

public record AssistantId(long value) {

    public AssistantId {
        if (value <= 0) {
            throw new IllegalArgumentException("An id is a positive number: " + value);
        }
    }
}
