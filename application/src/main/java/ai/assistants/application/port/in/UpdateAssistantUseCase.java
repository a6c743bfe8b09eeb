package ai.assistants.application.port.in;

import ai.assistants.domain.assistant.Assistant;

import java.util.Optional;

public interface UpdateAssistantUseCase {

    /**
     * @return the assistant as the change left it (the stored one, untouched, when the change asks for
     *         nothing new); empty when the caller has no such assistant
     * @throws ai.assistants.domain.validation.InvalidAssistantException with every violation; nothing is written
     * @throws AssistantChangedException when the stored assistant fails the command's precondition
     */
    Optional<Assistant> update(UpdateAssistantCommand command);
}
