package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.CodePoints;
import jakarta.validation.constraints.NotNull;

import static ai.assistants.domain.assistant.tool.ToolText.or;
import static ai.assistants.domain.assistant.tool.ToolText.text;

public record AssistantTransferTool(
        @NotNull Long assistantId,
        @CodePoints(max = 500) String description,
        @CodePoints(max = 500) String messageBeforeTransfer,
        Boolean speakTransferGreeting) implements BuiltInTool {

    @Override
    public String type() {
        return BuiltInToolType.ASSISTANT_TRANSFER.code();
    }

    @Override
    public AssistantTransferTool withDefaults() {
        return new AssistantTransferTool(assistantId, text(description), text(messageBeforeTransfer),
                or(speakTransferGreeting, true));
    }
}
