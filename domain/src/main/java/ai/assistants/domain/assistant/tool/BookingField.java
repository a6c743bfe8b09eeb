package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.ItemList;
import ai.assistants.domain.validation.constraint.MaxLength;
import ai.assistants.domain.validation.constraint.Required;

import java.util.List;

/** One booking question a calendar integration asks the caller. */
public record BookingField(
        @Required @MaxLength(max = 255) String slug,
        @Required @MaxLength(max = 255) String type,
        @Required @MaxLength(max = 255) String label,
        Boolean required,
        @ItemList(max = 50, minItemLength = 1, maxItemLength = 255) List<String> options) {
}
