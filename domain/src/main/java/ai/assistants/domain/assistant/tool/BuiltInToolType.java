package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.code.ContractCode;

import java.util.Arrays;
import java.util.Optional;

/** The built-in tool types and the value each one's fields are read into. */
public enum BuiltInToolType implements ContractCode {
    END_CALL(EndCallTool.class),
    DTMF_INPUT(DtmfInputTool.class),
    CALL_TRANSFER(CallTransferTool.class),
    WARM_CALL_TRANSFER(WarmCallTransferTool.class),
    COLLECT_KEYPAD(CollectKeypadTool.class),
    CALENDAR_INTEGRATION(CalendarIntegrationTool.class),
    ASSISTANT_TRANSFER(AssistantTransferTool.class);

    private final Class<? extends BuiltInTool> valueType;

    BuiltInToolType(Class<? extends BuiltInTool> valueType) {
        this.valueType = valueType;
    }

    public Class<? extends BuiltInTool> valueType() {
        return valueType;
    }

    public static Optional<BuiltInToolType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code().equals(code)).findFirst();
    }
}
