package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.Between;

import static ai.assistants.domain.assistant.tool.ToolText.or;

public record CollectKeypadTool(@Between(min = "1", max = "30") Long timeout, StopKey stopKey) implements BuiltInTool {

    @Override
    public String type() {
        return BuiltInToolType.COLLECT_KEYPAD.code();
    }

    @Override
    public CollectKeypadTool withDefaults() {
        return new CollectKeypadTool(or(timeout, 5L), or(stopKey, StopKey.HASH));
    }
}
