package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.AssistantTransferTool;
import ai.assistants.domain.assistant.tool.BookingField;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.CalendarIntegrationTool;
import ai.assistants.domain.assistant.tool.CallTransferTool;
import ai.assistants.domain.assistant.tool.CollectKeypadTool;
import ai.assistants.domain.assistant.tool.WarmCallTransferTool;

import java.util.List;

import static ai.assistants.domain.assistant.ProfileAssembly.copyOrNull;
import static ai.assistants.domain.assistant.ProfileAssembly.or;

/** The contract's defaults of each built-in tool type, applied to a checked tool. */
final class ToolDefaults {

    private ToolDefaults() {
    }

    static BuiltInTool apply(BuiltInTool tool) {
        if (tool instanceof CallTransferTool t) {
            return new CallTransferTool(t.phoneNumber(), t.description(), t.custom(), t.timezone(),
                    or(t.warmTransfer(), false), t.warmTransferMessage());
        }
        if (tool instanceof WarmCallTransferTool t) {
            return new WarmCallTransferTool(t.supervisorPhone(), t.outboundPhoneId(), t.description(),
                    or(t.customSip(), false), or(t.callerIdMode(), "outbound_number"), t.customCallerId(),
                    t.holdMusic(), or(t.holdMusicVolume(), 80L), t.holdMessage(), t.summaryInstructions(),
                    t.briefingInitialMessage(), t.connectedMessage());
        }
        if (tool instanceof CollectKeypadTool t) {
            return new CollectKeypadTool(or(t.timeout(), 5L), or(t.stopKey(), "#"));
        }
        if (tool instanceof CalendarIntegrationTool t) {
            return new CalendarIntegrationTool(t.calcomApiKey(), t.calcomEventSlug(), t.calcomTeamSlug(),
                    or(t.calcomEndpoint(), "us"), t.calcomCustomEndpoint(), bookingFields(t.calcomBookingFields()),
                    t.description());
        }
        if (tool instanceof AssistantTransferTool t) {
            return new AssistantTransferTool(t.assistantId(), t.description(), t.messageBeforeTransfer(),
                    or(t.speakTransferGreeting(), true));
        }
        return tool;
    }

    private static List<BookingField> bookingFields(List<BookingField> fields) {
        return fields == null ? null : fields.stream()
                .map(f -> new BookingField(f.slug(), f.type(), f.label(), f.required(), copyOrNull(f.options())))
                .toList();
    }
}
