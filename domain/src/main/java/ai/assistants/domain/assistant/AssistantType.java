package ai.assistants.domain.assistant;

import ai.assistants.domain.code.ContractCode;

public enum AssistantType implements ContractCode {
    INBOUND, OUTBOUND
}
