package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.CodePoints;

public record DtmfInputTool(@CodePoints(max = 500) String description) implements BuiltInTool {

    @Override
    public String type() {
        return BuiltInToolType.DTMF_INPUT.code();
    }

    @Override
    public DtmfInputTool withDefaults() {
        return new DtmfInputTool(ToolText.text(description));
    }
}
