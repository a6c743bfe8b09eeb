package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.MaxLength;
import ai.assistants.domain.validation.constraint.Required;

public record AssistantTransferTool(
        @Required Long assistantId,
        @MaxLength(max = 500) String description,
        @MaxLength(max = 500) String messageBeforeTransfer,
        Boolean speakTransferGreeting) implements BuiltInTool {
    @Override
    public String type() {
        return BuiltInToolType.ASSISTANT_TRANSFER.code();
    }
}
