package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.ContractCode;

public enum EndpointType implements ContractCode {
    VAD, AI
}
