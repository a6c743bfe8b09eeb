package ai.assistants.domain.assistant.tool;

public record WarmCallTransferTool(
        String supervisorPhone,
        Long outboundPhoneId,
        String description,
        Boolean customSip,
        String callerIdMode,
        String customCallerId,
        String holdMusic,
        Long holdMusicVolume,
        String holdMessage,
        String summaryInstructions,
        String briefingInitialMessage,
        String connectedMessage) implements BuiltInTool {
    @Override
    public String type() {
        return BuiltInToolType.WARM_CALL_TRANSFER.code();
    }
}
