package ai.assistants.domain.assistant.tool;

public record DtmfInputTool(String description) implements BuiltInTool {
    @Override
    public String type() {
        return BuiltInToolType.DTMF_INPUT.code();
    }
}
