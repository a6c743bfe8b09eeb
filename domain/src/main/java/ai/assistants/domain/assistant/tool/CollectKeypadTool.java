package ai.assistants.domain.assistant.tool;

public record CollectKeypadTool(Long timeout, String stopKey) implements BuiltInTool {
    @Override
    public String type() {
        return BuiltInToolType.COLLECT_KEYPAD.code();
    }
}
