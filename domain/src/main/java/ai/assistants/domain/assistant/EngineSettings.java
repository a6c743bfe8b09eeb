package ai.assistants.domain.assistant;

import ai.assistants.domain.engine.EngineMode;
import java.math.BigDecimal;

/** The engine mode and the models it runs on; a {@code null} turn detection threshold means auto. */
public record EngineSettings(
        EngineMode mode,
        Long llmModelId,
        Long multimodalModelId,
        Long chatLlmFallbackId,
        BigDecimal turnDetectionThreshold) {
}
