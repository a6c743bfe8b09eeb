package ai.assistants.adapters.rest.assistant;

import ai.assistants.domain.assistant.AssistantStatus;

/** The one field of an update that is not part of the profile: how an assistant is activated. */
public record StatusChange(AssistantStatus status) {

    static final String KEY = "status";
}
