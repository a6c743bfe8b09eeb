package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.CodePoints;
import ai.assistants.domain.validation.constraint.PhoneNumber;
import ai.assistants.domain.validation.constraint.TimeZoneId;
import jakarta.validation.constraints.NotBlank;

import static ai.assistants.domain.assistant.tool.ToolText.or;
import static ai.assistants.domain.assistant.tool.ToolText.text;

public record CallTransferTool(
        @NotBlank @PhoneNumber String phoneNumber,
        @CodePoints(max = 500) String description,
        Boolean custom,
        @TimeZoneId String timezone,
        Boolean warmTransfer,
        @CodePoints(max = 1000) String warmTransferMessage) implements BuiltInTool {

    @Override
    public String type() {
        return BuiltInToolType.CALL_TRANSFER.code();
    }

    @Override
    public CallTransferTool withDefaults() {
        return new CallTransferTool(phoneNumber, text(description), custom, text(timezone), or(warmTransfer, false),
                text(warmTransferMessage));
    }
}
