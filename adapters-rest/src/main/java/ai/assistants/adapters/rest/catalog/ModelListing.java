package ai.assistants.adapters.rest.catalog;

import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ModelKind;
import ai.assistants.domain.code.ContractCode;

import java.util.Optional;

/** The {@code type} filter of the model look-up: LLMs, or the multimodal models of one engine mode. */
enum ModelListing implements ContractCode {
    LLM(ModelKind.LLM, null),
    MULTIMODAL(ModelKind.MULTIMODAL, EngineMode.MULTIMODAL),
    DUALPLEX(ModelKind.MULTIMODAL, EngineMode.DUALPLEX);

    private final ModelKind kind;
    private final EngineMode mode;

    ModelListing(ModelKind kind, EngineMode mode) {
        this.kind = kind;
        this.mode = mode;
    }

    ModelKind kind() {
        return kind;
    }

    Optional<EngineMode> mode() {
        return Optional.ofNullable(mode);
    }
}
