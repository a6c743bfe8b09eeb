package ai.assistants.domain.assistant.tool;

public record EndCallTool(String description) implements BuiltInTool {
    @Override
    public String type() {
        return BuiltInToolType.END_CALL.code();
    }
}
