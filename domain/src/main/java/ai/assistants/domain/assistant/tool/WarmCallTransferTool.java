package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.Between;
import ai.assistants.domain.validation.constraint.CodePoints;
import ai.assistants.domain.validation.constraint.OneOf;
import ai.assistants.domain.validation.constraint.PhoneNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

public record WarmCallTransferTool(
        @NotBlank String supervisorPhone,
        @NotNull Long outboundPhoneId,
        @NotBlank @CodePoints(max = 500) String description,
        Boolean customSip,
        @OneOf({"outbound_number", "customer_number", "custom"}) String callerIdMode,
        @PhoneNumber String customCallerId,
        @OneOf({"hold_music", "none"}) String holdMusic,
        @Between(min = "0", max = "100") Long holdMusicVolume,
        @CodePoints(max = 1000) String holdMessage,
        @CodePoints(max = 1000) String summaryInstructions,
        @CodePoints(max = 1000) String briefingInitialMessage,
        @CodePoints(max = 1000) String connectedMessage) implements BuiltInTool {
    @Override
    public String type() {
        return BuiltInToolType.WARM_CALL_TRANSFER.code();
    }
}
