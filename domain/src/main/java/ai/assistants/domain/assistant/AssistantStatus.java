package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.ContractCode;

public enum AssistantStatus implements ContractCode {
    INACTIVE, ACTIVE
}
