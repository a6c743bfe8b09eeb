package ai.assistants.adapters.persistence.assistant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class WebhookColumns {

    @Column(name = "is_webhook_active")
    private Boolean isWebhookActive;

    @Column(name = "webhook_url")
    private String webhookUrl;

    @Column(name = "send_webhook_only_on_completed")
    private Boolean sendWebhookOnlyOnCompleted;

    @Column(name = "include_recording_in_webhook")
    private Boolean includeRecordingInWebhook;

    @Column(name = "conversation_ended_webhook_url")
    private String conversationEndedWebhookUrl;

    public Boolean getIsWebhookActive() {
        return isWebhookActive;
    }

    public void setIsWebhookActive(Boolean isWebhookActive) {
        this.isWebhookActive = isWebhookActive;
    }

    public String getWebhookUrl() {
        return webhookUrl;
    }

    public void setWebhookUrl(String webhookUrl) {
        this.webhookUrl = webhookUrl;
    }

    public Boolean getSendWebhookOnlyOnCompleted() {
        return sendWebhookOnlyOnCompleted;
    }

    public void setSendWebhookOnlyOnCompleted(Boolean sendWebhookOnlyOnCompleted) {
        this.sendWebhookOnlyOnCompleted = sendWebhookOnlyOnCompleted;
    }

    public Boolean getIncludeRecordingInWebhook() {
        return includeRecordingInWebhook;
    }

    public void setIncludeRecordingInWebhook(Boolean includeRecordingInWebhook) {
        this.includeRecordingInWebhook = includeRecordingInWebhook;
    }

    public String getConversationEndedWebhookUrl() {
        return conversationEndedWebhookUrl;
    }

    public void setConversationEndedWebhookUrl(String conversationEndedWebhookUrl) {
        this.conversationEndedWebhookUrl = conversationEndedWebhookUrl;
    }
}
