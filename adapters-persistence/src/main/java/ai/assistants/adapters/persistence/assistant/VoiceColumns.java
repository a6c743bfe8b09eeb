package ai.assistants.adapters.persistence.assistant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public class VoiceColumns {

    @Column(name = "voice_stability")
    private BigDecimal voiceStability;

    @Column(name = "voice_similarity")
    private BigDecimal voiceSimilarity;

    @Column(name = "speech_speed")
    private BigDecimal speechSpeed;

    @Column(name = "llm_temperature")
    private BigDecimal llmTemperature;

    @Column(name = "tts_emotion_enabled")
    private Boolean ttsEmotionEnabled;

    public BigDecimal getVoiceStability() {
        return voiceStability;
    }

    public void setVoiceStability(BigDecimal voiceStability) {
        this.voiceStability = voiceStability;
    }

    public BigDecimal getVoiceSimilarity() {
        return voiceSimilarity;
    }

    public void setVoiceSimilarity(BigDecimal voiceSimilarity) {
        this.voiceSimilarity = voiceSimilarity;
    }

    public BigDecimal getSpeechSpeed() {
        return speechSpeed;
    }

    public void setSpeechSpeed(BigDecimal speechSpeed) {
        this.speechSpeed = speechSpeed;
    }

    public BigDecimal getLlmTemperature() {
        return llmTemperature;
    }

    public void setLlmTemperature(BigDecimal llmTemperature) {
        this.llmTemperature = llmTemperature;
    }

    public Boolean getTtsEmotionEnabled() {
        return ttsEmotionEnabled;
    }

    public void setTtsEmotionEnabled(Boolean ttsEmotionEnabled) {
        this.ttsEmotionEnabled = ttsEmotionEnabled;
    }
}
