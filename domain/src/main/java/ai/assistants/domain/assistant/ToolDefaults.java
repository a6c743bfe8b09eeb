package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.AssistantTransferTool;
import ai.assistants.domain.assistant.tool.BookingField;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.CalendarIntegrationTool;
import ai.assistants.domain.assistant.tool.CallTransferTool;
import ai.assistants.domain.assistant.tool.CollectKeypadTool;
import ai.assistants.domain.assistant.tool.DtmfInputTool;
import ai.assistants.domain.assistant.tool.EndCallTool;
import ai.assistants.domain.assistant.tool.WarmCallTransferTool;

import java.util.List;

import static ai.assistants.domain.assistant.ProfileAssembly.copyOrNull;
import static ai.assistants.domain.assistant.ProfileAssembly.or;
import static ai.assistants.domain.assistant.ProfileAssembly.text;

/** The contract's defaults of each built-in tool type, applied to a checked tool; blank text counts as absent. */
final class ToolDefaults {

    private ToolDefaults() {
    }

    static BuiltInTool apply(BuiltInTool tool) {
        if (tool instanceof EndCallTool t) {
            return new EndCallTool(text(t.description()));
        }
        if (tool instanceof DtmfInputTool t) {
            return new DtmfInputTool(text(t.description()));
        }
        if (tool instanceof CallTransferTool t) {
            return new CallTransferTool(t.phoneNumber(), text(t.description()), t.custom(), text(t.timezone()),
                    or(t.warmTransfer(), false), text(t.warmTransferMessage()));
        }
        if (tool instanceof WarmCallTransferTool t) {
            return new WarmCallTransferTool(t.supervisorPhone(), t.outboundPhoneId(), t.description(),
                    or(t.customSip(), false), or(text(t.callerIdMode()), "outbound_number"), text(t.customCallerId()),
                    text(t.holdMusic()), or(t.holdMusicVolume(), 80L), text(t.holdMessage()),
                    text(t.summaryInstructions()), text(t.briefingInitialMessage()), text(t.connectedMessage()));
        }
        if (tool instanceof CollectKeypadTool t) {
            return new CollectKeypadTool(or(t.timeout(), 5L), or(text(t.stopKey()), "#"));
        }
        if (tool instanceof CalendarIntegrationTool t) {
            return new CalendarIntegrationTool(t.calcomApiKey(), t.calcomEventSlug(), text(t.calcomTeamSlug()),
                    or(text(t.calcomEndpoint()), "us"), text(t.calcomCustomEndpoint()),
                    bookingFields(t.calcomBookingFields()), text(t.description()));
        }
        if (tool instanceof AssistantTransferTool t) {
            return new AssistantTransferTool(t.assistantId(), text(t.description()), text(t.messageBeforeTransfer()),
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
