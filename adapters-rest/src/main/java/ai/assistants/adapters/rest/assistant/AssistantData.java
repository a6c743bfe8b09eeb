package ai.assistants.adapters.rest.assistant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An assistant as {@code GET /user/assistant/{id}} answers it: every field flat, defaults and
 * auto-selected providers resolved, {@code null} where an optional field was never set.
 */
@Schema(name = "Assistant", description = "A stored assistant. Defaults are resolved; an optional field never set is null.")
public record AssistantData(
        long id,
        String name,
        long voiceId,
        long languageId,
        @Schema(enumeration = {"inbound", "outbound"}) String type,
        @Schema(enumeration = {"pipeline", "multimodal", "dualplex"}) String mode,
        @Schema(description = "IANA time zone id", examples = "Europe/Bucharest") String timezone,
        String initialMessage,
        String systemPrompt,
        @Schema(description = "Pipeline mode only") Long llmModelId,
        @Schema(description = "Multimodal and dualplex modes only") Long multimodalModelId,
        Long chatLlmFallbackId,
        @Schema(description = "0–1; null means automatic") BigDecimal turnDetectionThreshold,
        List<Long> secondaryLanguageIds,
        Long knowledgebaseId,
        @Schema(enumeration = {"function_call", "prompt"}) String knowledgebaseMode,
        Long phoneNumberId,
        List<Long> toolIds,
        @Schema(description = "Built-in tools in the order sent: `type` and that type's fields."
                + " `calcom_api_key` is masked to `****` and its last four characters.")
        List<Map<String, Object>> tools,
        @Schema(defaultValue = "0.70") BigDecimal voiceStability,
        @Schema(defaultValue = "0.50") BigDecimal voiceSimilarity,
        @Schema(defaultValue = "1.00") BigDecimal speechSpeed,
        @Schema(defaultValue = "0.10") BigDecimal llmTemperature,
        @Schema(defaultValue = "true") boolean ttsEmotionEnabled,
        @Schema(description = "Chosen from the language when not sent") long synthesizerProviderId,
        @Schema(description = "Pipeline mode only; chosen from the language when not sent") Long transcriberProviderId,
        @Schema(defaultValue = "true") boolean allowInterruptions,
        @Schema(defaultValue = "false") boolean fillers,
        @Schema(description = "null: the language's default fillers") FillerConfigData fillerConfig,
        @Schema(defaultValue = "false") boolean record,
        @Schema(defaultValue = "true") boolean enableNoiseCancellation,
        @Schema(defaultValue = "false") boolean waitForCustomer,
        @Schema(description = "Seconds", defaultValue = "600") int maxDuration,
        @Schema(description = "Seconds", defaultValue = "40") int maxSilenceDuration,
        @Schema(description = "Seconds; null: not limited") Integer maxInitialSilenceDuration,
        @Schema(description = "Seconds", defaultValue = "30") int ringingTime,
        @Schema(description = "Seconds", defaultValue = "30") int reengagementInterval,
        String reengagementPrompt,
        String voiceMailMessage,
        @Schema(defaultValue = "true") boolean endCallOnVoicemail,
        @Schema(enumeration = {"vad", "ai"}, defaultValue = "vad") String endpointType,
        @Schema(defaultValue = "0.5") BigDecimal endpointSensitivity,
        @Schema(defaultValue = "0.5") BigDecimal interruptSensitivity,
        Integer minInterruptWords,
        @Schema(enumeration = {"off", "office", "city", "forest", "crowded_room", "cafe", "nature"}) String ambientSound,
        @Schema(defaultValue = "0.5") BigDecimal ambientSoundVolume,
        @Schema(defaultValue = "false") boolean isWebhookActive,
        String webhookUrl,
        @Schema(defaultValue = "true") boolean sendWebhookOnlyOnCompleted,
        @Schema(defaultValue = "true") boolean includeRecordingInWebhook,
        String conversationEndedWebhookUrl,
        @Schema(defaultValue = "true") boolean postCallEvaluation,
        List<PostCallFieldData> postCallSchema,
        @Schema(description = "Prompt variables in the order sent; values are strings, numbers or booleans")
        Map<String, Object> variables,
        @Schema(description = "Minutes", defaultValue = "30") int conversationInactivityTimeout,
        @Schema(defaultValue = "false") boolean conversationEndedRetrigger,
        @Schema(enumeration = {"inactive", "active"}) String status,
        @Schema(description = "ISO-8601, UTC", examples = "2026-01-31T09:30:00Z") String createdAt,
        @Schema(description = "ISO-8601, UTC", examples = "2026-01-31T09:30:00Z") String updatedAt) {

    @Schema(name = "FillerConfig")
    public record FillerConfigData(List<String> positive, List<String> negative, List<String> question,
                                   List<String> neutral) {
    }

    @Schema(name = "PostCallField")
    public record PostCallFieldData(String name, @Schema(enumeration = {"string", "number", "bool"}) String type,
                                    String description) {
    }
}
