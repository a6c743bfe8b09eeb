package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.MaxLength;

public record EndCallTool(
        @MaxLength(max = 500) String description) implements BuiltInTool {
    @Override
    public String type() {
        return BuiltInToolType.END_CALL.code();
    }
}
