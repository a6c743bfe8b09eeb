package ai.assistants.adapters.rest.assistant;

import ai.assistants.adapters.rest.openapi.CodeSchemas;

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
        @Schema(ref = CodeSchemas.ASSISTANT_TYPE) String type,
        @Schema(ref = CodeSchemas.ENGINE_MODE) String mode,
        @Schema(description = "IANA time zone id", examples = "Europe/Bucharest") String timezone,
        String initialMessage,
        String systemPrompt,
        @Schema(description = "Pipeline mode only") Long llmModelId,
        @Schema(description = "Multimodal and dualplex modes only") Long multimodalModelId,
        Long chatLlmFallbackId,
        @Schema(description = "0–1; null means automatic") BigDecimal turnDetectionThreshold,
        List<Long> secondaryLanguageIds,
        Long knowledgebaseId,
        @Schema(ref = CodeSchemas.KNOWLEDGEBASE_MODE) String knowledgebaseMode,
        Long phoneNumberId,
        List<Long> toolIds,
        @Schema(description = "The caller's folder the assistant is in; null: uncategorized") Long folderId,
        @Schema(description = "The caller's labels, in the order sent") List<Long> labelIds,
        @Schema(description = "Built-in tools in the order sent: `type` and that type's fields."
                + " `calcom_api_key` is masked to `****` and its last four characters.")
        List<Map<String, Object>> tools,
        BigDecimal voiceStability,
        BigDecimal voiceSimilarity,
        BigDecimal speechSpeed,
        BigDecimal llmTemperature,
        boolean ttsEmotionEnabled,
        @Schema(description = "Chosen from the language when not sent") long synthesizerProviderId,
        @Schema(description = "Pipeline mode only; chosen from the language when not sent") Long transcriberProviderId,
        boolean allowInterruptions,
        boolean fillers,
        @Schema(description = "null: the language's default fillers") FillerConfigData fillerConfig,
        boolean record,
        boolean enableNoiseCancellation,
        boolean waitForCustomer,
        @Schema(description = "Seconds") int maxDuration,
        @Schema(description = "Seconds") int maxSilenceDuration,
        @Schema(description = "Seconds; null: not limited") Integer maxInitialSilenceDuration,
        @Schema(description = "Seconds") int ringingTime,
        @Schema(description = "Seconds") int reengagementInterval,
        String reengagementPrompt,
        String voiceMailMessage,
        boolean endCallOnVoicemail,
        @Schema(ref = CodeSchemas.ENDPOINT_TYPE) String endpointType,
        BigDecimal endpointSensitivity,
        BigDecimal interruptSensitivity,
        Integer minInterruptWords,
        @Schema(ref = CodeSchemas.AMBIENT_SOUND) String ambientSound,
        BigDecimal ambientSoundVolume,
        boolean isWebhookActive,
        String webhookUrl,
        boolean sendWebhookOnlyOnCompleted,
        boolean includeRecordingInWebhook,
        String conversationEndedWebhookUrl,
        String inboundWebhookUrl,
        boolean postCallEvaluation,
        List<PostCallFieldData> postCallSchema,
        @Schema(description = "Prompt variables in the order sent; values are strings, numbers or booleans")
        Map<String, Object> variables,
        @Schema(description = "Minutes") int conversationInactivityTimeout,
        boolean conversationEndedRetrigger,
        @Schema(ref = CodeSchemas.ASSISTANT_STATUS) String status,
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
