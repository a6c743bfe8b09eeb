package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.Between;
import ai.assistants.domain.validation.constraint.OneOf;

public record CollectKeypadTool(
        @Between(min = "1", max = "30") Long timeout,
        @OneOf({"#", "*"}) String stopKey) implements BuiltInTool {
    @Override
    public String type() {
        return BuiltInToolType.COLLECT_KEYPAD.code();
    }
}
