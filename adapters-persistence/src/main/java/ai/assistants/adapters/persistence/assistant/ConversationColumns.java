package ai.assistants.adapters.persistence.assistant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class ConversationColumns {

    @Column(name = "conversation_inactivity_timeout")
    private Integer conversationInactivityTimeout;

    @Column(name = "conversation_ended_retrigger")
    private Boolean conversationEndedRetrigger;

    public Integer getConversationInactivityTimeout() {
        return conversationInactivityTimeout;
    }

    public void setConversationInactivityTimeout(Integer conversationInactivityTimeout) {
        this.conversationInactivityTimeout = conversationInactivityTimeout;
    }

    public Boolean getConversationEndedRetrigger() {
        return conversationEndedRetrigger;
    }

    public void setConversationEndedRetrigger(Boolean conversationEndedRetrigger) {
        this.conversationEndedRetrigger = conversationEndedRetrigger;
    }
}
