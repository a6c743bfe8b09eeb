package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.Text;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;

/**
 * A tool whose {@code type} names none of the built-in types. It keeps the list's positions so the
 * rules can say what is wrong at that index; no valid assistant holds one: an absent (or blank) type
 * is required, and any other is not one of the built-in types.
 */
public record UnrecognizedTool(@NotNull @Null String type) implements BuiltInTool {

    public UnrecognizedTool {
        type = Text.isMissing(type) ? null : type;
    }

    @Override
    public UnrecognizedTool withDefaults() {
        return this;
    }
}
