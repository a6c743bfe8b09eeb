package ai.assistants.domain.assistant.tool;

import java.util.List;

/** One booking question a calendar integration asks the caller. */
public record BookingField(String slug, String type, String label, Boolean required, List<String> options) {
}
