package ai.assistants.domain.assistant.tool;

public record AssistantTransferTool(
        Long assistantId,
        String description,
        String messageBeforeTransfer,
        Boolean speakTransferGreeting) implements BuiltInTool {
    @Override
    public String type() {
        return BuiltInToolType.ASSISTANT_TRANSFER.code();
    }
}
