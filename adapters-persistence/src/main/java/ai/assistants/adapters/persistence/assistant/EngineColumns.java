package ai.assistants.adapters.persistence.assistant;

import ai.assistants.adapters.persistence.codes.EngineModeConverter;
import ai.assistants.domain.engine.EngineMode;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public class EngineColumns {

    @Convert(converter = EngineModeConverter.class)
    @Column(name = "mode")
    private EngineMode mode;

    @Column(name = "llm_model_id")
    private Long llmModelId;

    @Column(name = "multimodal_model_id")
    private Long multimodalModelId;

    @Column(name = "chat_llm_fallback_id")
    private Long chatLlmFallbackId;

    @Column(name = "turn_detection_threshold")
    private BigDecimal turnDetectionThreshold;

    public EngineMode getMode() {
        return mode;
    }

    public void setMode(EngineMode mode) {
        this.mode = mode;
    }

    public Long getLlmModelId() {
        return llmModelId;
    }

    public void setLlmModelId(Long llmModelId) {
        this.llmModelId = llmModelId;
    }

    public Long getMultimodalModelId() {
        return multimodalModelId;
    }

    public void setMultimodalModelId(Long multimodalModelId) {
        this.multimodalModelId = multimodalModelId;
    }

    public Long getChatLlmFallbackId() {
        return chatLlmFallbackId;
    }

    public void setChatLlmFallbackId(Long chatLlmFallbackId) {
        this.chatLlmFallbackId = chatLlmFallbackId;
    }

    public BigDecimal getTurnDetectionThreshold() {
        return turnDetectionThreshold;
    }

    public void setTurnDetectionThreshold(BigDecimal turnDetectionThreshold) {
        this.turnDetectionThreshold = turnDetectionThreshold;
    }
}
