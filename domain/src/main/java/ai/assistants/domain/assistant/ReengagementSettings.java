package ai.assistants.domain.assistant;

public record ReengagementSettings(int reengagementInterval, String reengagementPrompt) {
}
