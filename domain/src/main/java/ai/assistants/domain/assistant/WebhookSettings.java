package ai.assistants.domain.assistant;

public record WebhookSettings(
        boolean isWebhookActive,
        String webhookUrl,
        boolean sendWebhookOnlyOnCompleted,
        boolean includeRecordingInWebhook,
        String conversationEndedWebhookUrl) {
}
