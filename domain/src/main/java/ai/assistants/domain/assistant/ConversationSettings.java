package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.constraint.Between;

public record ConversationSettings(
        @Between(min = "1", max = "1440") Long conversationInactivityTimeout,
        Boolean conversationEndedRetrigger) {

    public static final ConversationSettings DEFAULTS = new ConversationSettings(30L, false);
    static final ConversationSettings NONE = new ConversationSettings(null, null);

    ConversationSettings withDefaults() {
        return new ConversationSettings(Absent.or(conversationInactivityTimeout, DEFAULTS.conversationInactivityTimeout),
                Absent.or(conversationEndedRetrigger, DEFAULTS.conversationEndedRetrigger));
    }
}
