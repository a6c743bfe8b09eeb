package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.constraint.CodePoints;
import ai.assistants.domain.validation.constraint.WebUrl;

public record WebhookSettings(
        Boolean isWebhookActive,
        @CodePoints(max = 2048) @WebUrl String webhookUrl,
        Boolean sendWebhookOnlyOnCompleted,
        Boolean includeRecordingInWebhook,
        @CodePoints(max = 2048) @WebUrl String conversationEndedWebhookUrl,
        @CodePoints(max = 2048) @WebUrl String inboundWebhookUrl) {

    public static final WebhookSettings DEFAULTS = new WebhookSettings(false, null, true, true, null, null);
    static final WebhookSettings NONE = new WebhookSettings(null, null, null, null, null, null);

    /** The main webhook off and without its URL; the other URLs stay. */
    WebhookSettings switchedOff() {
        return new WebhookSettings(false, null, sendWebhookOnlyOnCompleted, includeRecordingInWebhook,
                conversationEndedWebhookUrl, inboundWebhookUrl);
    }

    WebhookSettings withDefaults() {
        return new WebhookSettings(Absent.or(isWebhookActive, DEFAULTS.isWebhookActive), Absent.text(webhookUrl),
                Absent.or(sendWebhookOnlyOnCompleted, DEFAULTS.sendWebhookOnlyOnCompleted),
                Absent.or(includeRecordingInWebhook, DEFAULTS.includeRecordingInWebhook),
                Absent.text(conversationEndedWebhookUrl), Absent.text(inboundWebhookUrl));
    }
}
