package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.BuiltInTool;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A create request as the caller sent it: every field nullable, nothing checked yet.
 * Component names are the contract's field names in camelCase, so a violation's property
 * path turns into the contract's key ({@code tools[0].phoneNumber} → {@code tools.0.phone_number}).
 * Integers are {@code Long} so that an out-of-range value reaches the range rule instead of
 * overflowing on the way in.
 */
public record AssistantDraft(
        String name,
        Long voiceId,
        Long languageId,
        String type,
        String mode,
        String timezone,
        String initialMessage,
        String systemPrompt,
        Long llmModelId,
        Long multimodalModelId,
        Long chatLlmFallbackId,
        BigDecimal turnDetectionThreshold,
        List<Long> secondaryLanguageIds,
        Long knowledgebaseId,
        String knowledgebaseMode,
        Long phoneNumberId,
        List<Long> toolIds,
        List<BuiltInTool> tools,
        BigDecimal voiceStability,
        BigDecimal voiceSimilarity,
        BigDecimal speechSpeed,
        BigDecimal llmTemperature,
        Boolean ttsEmotionEnabled,
        Long synthesizerProviderId,
        Long transcriberProviderId,
        Boolean allowInterruptions,
        Boolean fillers,
        FillerConfig fillerConfig,
        Boolean record,
        Boolean enableNoiseCancellation,
        Boolean waitForCustomer,
        Long maxDuration,
        Long maxSilenceDuration,
        Long maxInitialSilenceDuration,
        Long ringingTime,
        Long reengagementInterval,
        String reengagementPrompt,
        String voiceMailMessage,
        Boolean endCallOnVoicemail,
        String endpointType,
        BigDecimal endpointSensitivity,
        BigDecimal interruptSensitivity,
        Long minInterruptWords,
        String ambientSound,
        BigDecimal ambientSoundVolume,
        Boolean isWebhookActive,
        String webhookUrl,
        Boolean sendWebhookOnlyOnCompleted,
        Boolean includeRecordingInWebhook,
        String conversationEndedWebhookUrl,
        Boolean postCallEvaluation,
        List<PostCallField> postCallSchema,
        Map<String, Object> variables,
        Long conversationInactivityTimeout,
        Boolean conversationEndedRetrigger) {
}
