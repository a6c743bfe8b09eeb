package ai.assistants.adapters.rest.assistant;

import ai.assistants.adapters.rest.openapi.CodeSchemas;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
        @Schema(nullable = true, description = "Pipeline mode only") Long llmModelId,
        @Schema(nullable = true, description = "Multimodal and dualplex modes only") Long multimodalModelId,
        @Schema(nullable = true) Long chatLlmFallbackId,
        @Schema(nullable = true, description = "0–1; null means automatic") BigDecimal turnDetectionThreshold,
        @Schema(nullable = true) List<Long> secondaryLanguageIds,
        @Schema(nullable = true) Long knowledgebaseId,
        @Schema(ref = CodeSchemas.KNOWLEDGEBASE_MODE, type = SchemaType.STRING, nullable = true) String knowledgebaseMode,
        @Schema(nullable = true) Long phoneNumberId,
        @Schema(nullable = true) List<Long> toolIds,
        @Schema(nullable = true, description = "The caller's folder the assistant is in; null: uncategorized") Long folderId,
        @Schema(nullable = true, description = "The caller's labels, in the order sent") List<Long> labelIds,
        @Schema(nullable = true, description = "Built-in tools in the order sent: `type` and that type's fields."
                + " `calcom_api_key` is masked to `****` and its last four characters.")
        List<Map<String, Object>> tools,
        BigDecimal voiceStability,
        BigDecimal voiceSimilarity,
        BigDecimal speechSpeed,
        BigDecimal llmTemperature,
        boolean ttsEmotionEnabled,
        @Schema(description = "Chosen from the language when not sent") long synthesizerProviderId,
        @Schema(nullable = true, description = "Pipeline mode only; chosen from the language when not sent") Long transcriberProviderId,
        boolean allowInterruptions,
        boolean fillers,
        @Schema(nullable = true, description = "null: the language's default fillers") FillerConfigData fillerConfig,
        boolean record,
        boolean enableNoiseCancellation,
        boolean waitForCustomer,
        @Schema(description = "Seconds") int maxDuration,
        @Schema(description = "Seconds") int maxSilenceDuration,
        @Schema(nullable = true, description = "Seconds; null: not limited") Integer maxInitialSilenceDuration,
        @Schema(description = "Seconds") int ringingTime,
        @Schema(description = "Seconds") int reengagementInterval,
        @Schema(nullable = true) String reengagementPrompt,
        @Schema(nullable = true) String voiceMailMessage,
        boolean endCallOnVoicemail,
        @Schema(ref = CodeSchemas.ENDPOINT_TYPE) String endpointType,
        BigDecimal endpointSensitivity,
        BigDecimal interruptSensitivity,
        @Schema(nullable = true) Integer minInterruptWords,
        @Schema(ref = CodeSchemas.AMBIENT_SOUND, type = SchemaType.STRING, nullable = true) String ambientSound,
        BigDecimal ambientSoundVolume,
        boolean isWebhookActive,
        @Schema(nullable = true) String webhookUrl,
        boolean sendWebhookOnlyOnCompleted,
        boolean includeRecordingInWebhook,
        @Schema(nullable = true) String conversationEndedWebhookUrl,
        @Schema(nullable = true) String inboundWebhookUrl,
        boolean postCallEvaluation,
        @Schema(nullable = true) List<PostCallFieldData> postCallSchema,
        @Schema(nullable = true, description = "Prompt variables in the order sent; values are strings, numbers or booleans")
        Map<String, Object> variables,
        @Schema(description = "Minutes") int conversationInactivityTimeout,
        boolean conversationEndedRetrigger,
        @Schema(ref = CodeSchemas.ASSISTANT_STATUS) String status,
        @Schema(description = "ISO-8601, UTC", examples = "2026-01-31T09:30:00Z") String createdAt,
        @Schema(description = "ISO-8601, UTC", examples = "2026-01-31T09:30:00Z") String updatedAt) {

    /*
     * Named apart from the request's FillerConfig and PostCallField (ApiModelReader): under one name
     * the request's schema would stand for both, and a kind never sent reads back as null.
     */

    @Schema(name = "StoredFillerConfig", description = "A kind never sent is null")
    public record FillerConfigData(@Schema(nullable = true) List<String> positive,
                                   @Schema(nullable = true) List<String> negative,
                                   @Schema(nullable = true) List<String> question,
                                   @Schema(nullable = true) List<String> neutral) {
    }

    @Schema(name = "StoredPostCallField")
    public record PostCallFieldData(String name, @Schema(enumeration = {"string", "number", "bool"}) String type,
                                    String description) {
    }
}
