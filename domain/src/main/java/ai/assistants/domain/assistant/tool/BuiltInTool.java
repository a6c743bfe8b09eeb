package ai.assistants.domain.assistant.tool;

/**
 * A built-in tool as the caller describes it. The same value serves as a proposal and, once the
 * factory has accepted it and applied its defaults, as part of a valid assistant.
 */
public sealed interface BuiltInTool
        permits EndCallTool, DtmfInputTool, CallTransferTool, WarmCallTransferTool, CollectKeypadTool,
        CalendarIntegrationTool, AssistantTransferTool, UnrecognizedTool {

    /** The contract's {@code type} value. */
    String type();

    /** This tool as an assistant holds it: the contract's defaults for what was left out, blank text as absent. */
    BuiltInTool withDefaults();
}
