package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.CodePoints;

public record EndCallTool(@CodePoints(max = 500) String description) implements BuiltInTool {

    @Override
    public String type() {
        return BuiltInToolType.END_CALL.code();
    }

    @Override
    public EndCallTool withDefaults() {
        return new EndCallTool(ToolText.text(description));
    }
}
