package ai.assistants.domain.engine;

import ai.assistants.domain.validation.ContractCode;

public enum EngineMode implements ContractCode {
    PIPELINE, MULTIMODAL, DUALPLEX
}
