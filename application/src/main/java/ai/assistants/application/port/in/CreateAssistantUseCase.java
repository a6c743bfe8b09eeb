package ai.assistants.application.port.in;

import ai.assistants.domain.assistant.Assistant;

public interface CreateAssistantUseCase {

    /**
     * Creates the assistant described by {@code command} for its caller, or writes nothing.
     *
     * @return the stored assistant, with its identity
     * @throws ai.assistants.domain.validation.InvalidAssistantException with every violation of the request
     */
    Assistant create(CreateAssistantCommand command);
}
