package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.OneOf;
import jakarta.validation.constraints.NotBlank;

/**
 * A tool whose {@code type} is absent, not a string the reader understood, or not one of the
 * built-in types. It exists so the domain, not the reader, rejects it; no valid assistant holds one:
 * its type is required, and when present it is one of an empty set.
 */
public record UnrecognizedTool(@NotBlank @OneOf String type) implements BuiltInTool {
}
