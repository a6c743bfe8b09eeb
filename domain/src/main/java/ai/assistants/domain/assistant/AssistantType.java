package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.ContractCode;

public enum AssistantType implements ContractCode {
    INBOUND, OUTBOUND
}
