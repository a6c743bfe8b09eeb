package ai.assistants.domain.engine;

import ai.assistants.domain.code.ContractCode;

public enum EngineMode implements ContractCode {
    PIPELINE, MULTIMODAL, DUALPLEX
}
