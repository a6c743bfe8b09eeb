package ai.assistants.adapters.rest.assistant;

import ai.assistants.adapters.rest.openapi.CodeSchemas;
import static ai.assistants.domain.assistant.AssistantDefaults.*;

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
        @Schema(description = "Built-in tools in the order sent: `type` and that type's fields."
                + " `calcom_api_key` is masked to `****` and its last four characters.")
        List<Map<String, Object>> tools,
        @Schema(defaultValue = VOICE_STABILITY) BigDecimal voiceStability,
        @Schema(defaultValue = VOICE_SIMILARITY) BigDecimal voiceSimilarity,
        @Schema(defaultValue = SPEECH_SPEED) BigDecimal speechSpeed,
        @Schema(defaultValue = LLM_TEMPERATURE) BigDecimal llmTemperature,
        @Schema(defaultValue = TTS_EMOTION_ENABLED) boolean ttsEmotionEnabled,
        @Schema(description = "Chosen from the language when not sent") long synthesizerProviderId,
        @Schema(description = "Pipeline mode only; chosen from the language when not sent") Long transcriberProviderId,
        @Schema(defaultValue = ALLOW_INTERRUPTIONS) boolean allowInterruptions,
        @Schema(defaultValue = FILLERS) boolean fillers,
        @Schema(description = "null: the language's default fillers") FillerConfigData fillerConfig,
        @Schema(defaultValue = RECORD) boolean record,
        @Schema(defaultValue = ENABLE_NOISE_CANCELLATION) boolean enableNoiseCancellation,
        @Schema(defaultValue = WAIT_FOR_CUSTOMER) boolean waitForCustomer,
        @Schema(description = "Seconds", defaultValue = MAX_DURATION) int maxDuration,
        @Schema(description = "Seconds", defaultValue = MAX_SILENCE_DURATION) int maxSilenceDuration,
        @Schema(description = "Seconds; null: not limited") Integer maxInitialSilenceDuration,
        @Schema(description = "Seconds", defaultValue = RINGING_TIME) int ringingTime,
        @Schema(description = "Seconds", defaultValue = REENGAGEMENT_INTERVAL) int reengagementInterval,
        String reengagementPrompt,
        String voiceMailMessage,
        @Schema(defaultValue = END_CALL_ON_VOICEMAIL) boolean endCallOnVoicemail,
        @Schema(ref = CodeSchemas.ENDPOINT_TYPE, defaultValue = ENDPOINT_TYPE) String endpointType,
        @Schema(defaultValue = ENDPOINT_SENSITIVITY) BigDecimal endpointSensitivity,
        @Schema(defaultValue = INTERRUPT_SENSITIVITY) BigDecimal interruptSensitivity,
        Integer minInterruptWords,
        @Schema(ref = CodeSchemas.AMBIENT_SOUND) String ambientSound,
        @Schema(defaultValue = AMBIENT_SOUND_VOLUME) BigDecimal ambientSoundVolume,
        @Schema(defaultValue = IS_WEBHOOK_ACTIVE) boolean isWebhookActive,
        String webhookUrl,
        @Schema(defaultValue = SEND_WEBHOOK_ONLY_ON_COMPLETED) boolean sendWebhookOnlyOnCompleted,
        @Schema(defaultValue = INCLUDE_RECORDING_IN_WEBHOOK) boolean includeRecordingInWebhook,
        String conversationEndedWebhookUrl,
        @Schema(defaultValue = POST_CALL_EVALUATION) boolean postCallEvaluation,
        List<PostCallFieldData> postCallSchema,
        @Schema(description = "Prompt variables in the order sent; values are strings, numbers or booleans")
        Map<String, Object> variables,
        @Schema(description = "Minutes", defaultValue = CONVERSATION_INACTIVITY_TIMEOUT) int conversationInactivityTimeout,
        @Schema(defaultValue = CONVERSATION_ENDED_RETRIGGER) boolean conversationEndedRetrigger,
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
