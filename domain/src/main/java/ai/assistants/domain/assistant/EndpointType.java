package ai.assistants.domain.assistant;

import ai.assistants.domain.code.ContractCode;

public enum EndpointType implements ContractCode {
    VAD, AI
}
