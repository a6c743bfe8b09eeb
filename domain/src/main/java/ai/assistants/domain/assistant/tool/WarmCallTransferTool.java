package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.Between;
import ai.assistants.domain.validation.constraint.MaxLength;
import ai.assistants.domain.validation.constraint.OneOf;
import ai.assistants.domain.validation.constraint.PhoneNumber;
import ai.assistants.domain.validation.constraint.Required;
import ai.assistants.domain.validation.constraint.RequiredWhen;

@SupervisorPhoneFormat
@RequiredWhen(field = "customCallerId", other = "callerIdMode", value = "custom")
public record WarmCallTransferTool(
        @Required String supervisorPhone,
        @Required Long outboundPhoneId,
        @Required @MaxLength(max = 500) String description,
        Boolean customSip,
        @OneOf({"outbound_number", "customer_number", "custom"}) String callerIdMode,
        @PhoneNumber String customCallerId,
        @OneOf({"hold_music", "none"}) String holdMusic,
        @Between(min = "0", max = "100") Long holdMusicVolume,
        @MaxLength(max = 1000) String holdMessage,
        @MaxLength(max = 1000) String summaryInstructions,
        @MaxLength(max = 1000) String briefingInitialMessage,
        @MaxLength(max = 1000) String connectedMessage) implements BuiltInTool {
    @Override
    public String type() {
        return BuiltInToolType.WARM_CALL_TRANSFER.code();
    }
}
