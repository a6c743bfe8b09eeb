package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.Distinct;
import ai.assistants.domain.validation.constraint.CodePoints;
import ai.assistants.domain.validation.constraint.WebUrl;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code calcomApiKey} is a secret: it is stored, but never returned whole or logged. */
public record CalendarIntegrationTool(
        @NotBlank @CodePoints(max = 255) String calcomApiKey,
        @NotBlank @CodePoints(max = 255) String calcomEventSlug,
        @CodePoints(max = 255) String calcomTeamSlug,
        CalcomEndpoint calcomEndpoint,
        @CodePoints(max = 2048) @WebUrl(schemes = "https") String calcomCustomEndpoint,
        @Size(max = 20) @Distinct List<@NotNull @Valid BookingField> calcomBookingFields,
        @CodePoints(max = 500) String description) implements BuiltInTool {
    @Override
    public String type() {
        return BuiltInToolType.CALENDAR_INTEGRATION.code();
    }

    /** {@code tool} with another key, everything else as it is; static for the same reason as {@code AssistantProfile.withTools}. */
    public static CalendarIntegrationTool withKey(CalendarIntegrationTool tool, String key) {
        return new CalendarIntegrationTool(key, tool.calcomEventSlug, tool.calcomTeamSlug, tool.calcomEndpoint,
                tool.calcomCustomEndpoint, tool.calcomBookingFields, tool.description);
    }

    @Override
    public CalendarIntegrationTool withDefaults() {
        return new CalendarIntegrationTool(calcomApiKey, calcomEventSlug, ToolText.text(calcomTeamSlug),
                ToolText.or(calcomEndpoint, CalcomEndpoint.US), ToolText.text(calcomCustomEndpoint),
                calcomBookingFields == null ? null : calcomBookingFields.stream().map(BookingField::copy).toList(),
                ToolText.text(description));
    }

    @Override
    public String toString() {
        return "CalendarIntegrationTool[calcomEventSlug=" + calcomEventSlug + ", calcomApiKey=****]";
    }
}
