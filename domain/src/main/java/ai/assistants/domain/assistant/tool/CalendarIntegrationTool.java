package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.Cascade;
import ai.assistants.domain.validation.constraint.ItemList;
import ai.assistants.domain.validation.constraint.MaxLength;
import ai.assistants.domain.validation.constraint.OneOf;
import ai.assistants.domain.validation.constraint.Required;
import ai.assistants.domain.validation.constraint.RequiredWhen;
import ai.assistants.domain.validation.constraint.WebUrl;

import java.util.List;

/** {@code calcomApiKey} is a secret: it is stored, but never returned whole or logged. */
@RequiredWhen(field = "calcomCustomEndpoint", other = "calcomEndpoint", value = "custom")
public record CalendarIntegrationTool(
        @Required @MaxLength(max = 255) String calcomApiKey,
        @Required @MaxLength(max = 255) String calcomEventSlug,
        @MaxLength(max = 255) String calcomTeamSlug,
        @OneOf({"us", "eu", "custom"}) String calcomEndpoint,
        @MaxLength(max = 2048) @WebUrl(schemes = "https") String calcomCustomEndpoint,
        @ItemList(max = 20, distinctBy = "slug") @Cascade List<BookingField> calcomBookingFields,
        @MaxLength(max = 500) String description) implements BuiltInTool {
    @Override
    public String type() {
        return BuiltInToolType.CALENDAR_INTEGRATION.code();
    }

    @Override
    public String toString() {
        return "CalendarIntegrationTool[calcomEventSlug=" + calcomEventSlug + ", calcomApiKey=****]";
    }
}
