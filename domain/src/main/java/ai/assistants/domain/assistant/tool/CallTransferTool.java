package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.MaxLength;
import ai.assistants.domain.validation.constraint.PhoneNumber;
import ai.assistants.domain.validation.constraint.Required;
import ai.assistants.domain.validation.constraint.TimeZoneId;

public record CallTransferTool(
        @Required @PhoneNumber String phoneNumber,
        @MaxLength(max = 500) String description,
        Boolean custom,
        @TimeZoneId String timezone,
        Boolean warmTransfer,
        @MaxLength(max = 1000) String warmTransferMessage) implements BuiltInTool {
    @Override
    public String type() {
        return BuiltInToolType.CALL_TRANSFER.code();
    }
}
