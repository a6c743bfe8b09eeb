package ai.assistants.domain.assistant;

public record ConversationSettings(int conversationInactivityTimeout, boolean conversationEndedRetrigger) {
}
