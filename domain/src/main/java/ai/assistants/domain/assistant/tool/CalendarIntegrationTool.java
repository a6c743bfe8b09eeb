package ai.assistants.domain.assistant.tool;

import java.util.List;

/** {@code calcomApiKey} is a secret: it is stored, but never returned whole or logged. */
public record CalendarIntegrationTool(
        String calcomApiKey,
        String calcomEventSlug,
        String calcomTeamSlug,
        String calcomEndpoint,
        String calcomCustomEndpoint,
        List<BookingField> calcomBookingFields,
        String description) implements BuiltInTool {
    @Override
    public String type() {
        return BuiltInToolType.CALENDAR_INTEGRATION.code();
    }

    @Override
    public String toString() {
        return "CalendarIntegrationTool[calcomEventSlug=" + calcomEventSlug + ", calcomApiKey=****]";
    }
}
