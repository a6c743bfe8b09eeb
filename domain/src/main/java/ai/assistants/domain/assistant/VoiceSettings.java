package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.constraint.Between;

import java.math.BigDecimal;

public record VoiceSettings(
        @Between(min = "0", max = "1") BigDecimal voiceStability,
        @Between(min = "0", max = "1") BigDecimal voiceSimilarity,
        @Between(min = "0.7", max = "1.2") BigDecimal speechSpeed,
        @Between(min = "0", max = "1") BigDecimal llmTemperature,
        Boolean ttsEmotionEnabled) {

    public static final VoiceSettings DEFAULTS = new VoiceSettings(
            new BigDecimal("0.70"), new BigDecimal("0.50"), new BigDecimal("1.00"), new BigDecimal("0.10"), true);
    static final VoiceSettings NONE = new VoiceSettings(null, null, null, null, null);

    VoiceSettings withDefaults() {
        return new VoiceSettings(Absent.or(voiceStability, DEFAULTS.voiceStability),
                Absent.or(voiceSimilarity, DEFAULTS.voiceSimilarity), Absent.or(speechSpeed, DEFAULTS.speechSpeed),
                Absent.or(llmTemperature, DEFAULTS.llmTemperature), Absent.or(ttsEmotionEnabled, DEFAULTS.ttsEmotionEnabled));
    }
}
