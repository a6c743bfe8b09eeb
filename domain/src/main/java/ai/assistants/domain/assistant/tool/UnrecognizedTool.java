package ai.assistants.domain.assistant.tool;

/**
 * A tool whose {@code type} is absent, not a string the reader understood, or not one of the
 * built-in types. It exists so the domain, not the reader, rejects it; no valid assistant holds one.
 */
public record UnrecognizedTool(String type) implements BuiltInTool {
}
