package ai.assistants.domain.assistant;

import java.math.BigDecimal;

public record VoiceSettings(
        BigDecimal voiceStability,
        BigDecimal voiceSimilarity,
        BigDecimal speechSpeed,
        BigDecimal llmTemperature,
        boolean ttsEmotionEnabled) {
}
