package ai.assistants.domain.assistant;

import ai.assistants.domain.code.ContractCode;

public enum AssistantStatus implements ContractCode {
    INACTIVE, ACTIVE
}
