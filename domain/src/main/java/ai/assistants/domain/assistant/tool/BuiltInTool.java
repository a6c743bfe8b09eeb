package ai.assistants.domain.assistant.tool;

/**
 * A built-in tool as the caller describes it. The same value serves as request content and,
 * once the Assistant factory has accepted it, as part of a valid assistant: the factory is the
 * only way into an Assistant.
 */
public sealed interface BuiltInTool
        permits EndCallTool, DtmfInputTool, CallTransferTool, WarmCallTransferTool, CollectKeypadTool,
        CalendarIntegrationTool, AssistantTransferTool, UnrecognizedTool {

    /** The contract's {@code type} value. */
    String type();
}
