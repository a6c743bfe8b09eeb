package ai.assistants.domain.assistant;

import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.validation.constraint.Between;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** The engine mode and the models it runs on; a {@code null} turn detection threshold means auto. */
public record EngineSettings(
        @NotNull EngineMode mode,
        Long llmModelId,
        Long multimodalModelId,
        Long chatLlmFallbackId,
        @Between(min = "0", max = "1") BigDecimal turnDetectionThreshold) {

    static final EngineSettings NONE = new EngineSettings(null, null, null, null, null);
}
