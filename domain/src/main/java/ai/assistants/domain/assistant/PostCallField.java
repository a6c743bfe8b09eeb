package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.constraint.Format;
import ai.assistants.domain.validation.constraint.LengthBetween;
import ai.assistants.domain.validation.constraint.OneOf;
import ai.assistants.domain.validation.constraint.Required;

public record PostCallField(
        @Required @LengthBetween(min = 3, max = 16) @Format(regexp = "[a-z0-9_]*") String name,
        @Required @OneOf({"string", "number", "bool"}) String type,
        @Required @LengthBetween(min = 3, max = 255) String description) {
}
