package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.Between;
import ai.assistants.domain.validation.constraint.CodePoints;
import ai.assistants.domain.validation.constraint.PhoneNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import static ai.assistants.domain.assistant.tool.ToolText.or;
import static ai.assistants.domain.assistant.tool.ToolText.text;

public record WarmCallTransferTool(
        @NotBlank String supervisorPhone,
        @NotNull Long outboundPhoneId,
        @NotBlank @CodePoints(max = 500) String description,
        Boolean customSip,
        CallerIdMode callerIdMode,
        @PhoneNumber String customCallerId,
        HoldMusic holdMusic,
        @Between(min = "0", max = "100") Long holdMusicVolume,
        @CodePoints(max = 1000) String holdMessage,
        @CodePoints(max = 1000) String summaryInstructions,
        @CodePoints(max = 1000) String briefingInitialMessage,
        @CodePoints(max = 1000) String connectedMessage) implements BuiltInTool {

    @Override
    public String type() {
        return BuiltInToolType.WARM_CALL_TRANSFER.code();
    }

    @Override
    public WarmCallTransferTool withDefaults() {
        return new WarmCallTransferTool(supervisorPhone, outboundPhoneId, description, or(customSip, false),
                or(callerIdMode, CallerIdMode.OUTBOUND_NUMBER), text(customCallerId), holdMusic, or(holdMusicVolume, 80L),
                text(holdMessage), text(summaryInstructions), text(briefingInitialMessage), text(connectedMessage));
    }
}
