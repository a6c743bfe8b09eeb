package ai.assistants.domain.assistant.tool;

public record CallTransferTool(
        String phoneNumber,
        String description,
        Boolean custom,
        String timezone,
        Boolean warmTransfer,
        String warmTransferMessage) implements BuiltInTool {
    @Override
    public String type() {
        return BuiltInToolType.CALL_TRANSFER.code();
    }
}
