package ai.assistants.adapters.rest.contract;

import ai.assistants.domain.assistant.AmbientSound;
import ai.assistants.domain.assistant.AssistantType;
import ai.assistants.domain.assistant.EndpointType;
import ai.assistants.domain.assistant.FillerConfig;
import ai.assistants.domain.assistant.KnowledgebaseMode;
import ai.assistants.domain.assistant.PostCallField;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.engine.EngineMode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A create request as it comes over the wire: the contract's flat shape, every field nullable, in
 * the contract's order (the order of an answer's errors). Component names are the contract's keys
 * in camelCase; where a field lives in the domain's profile follows from the name
 * ({@link WireFields}). Nested objects are the domain's own
 * records, which are the contract's shapes. Codes are read into the domain's enums; an unknown one
 * is reported by the reader. {@code folderId} and {@code labelIds}, which the contract adds to an
 * assistant without placing them, follow the references they resemble most, the mid-call tool ids.
 */
public record AssistantRequest(
        String name,
        Long voiceId,
        Long languageId,
        AssistantType type,
        EngineMode mode,
        String timezone,
        String initialMessage,
        String systemPrompt,
        Long llmModelId,
        Long multimodalModelId,
        Long chatLlmFallbackId,
        BigDecimal turnDetectionThreshold,
        List<Long> secondaryLanguageIds,
        Long knowledgebaseId,
        KnowledgebaseMode knowledgebaseMode,
        Long phoneNumberId,
        List<Long> toolIds,
        Long folderId,
        List<Long> labelIds,
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
        EndpointType endpointType,
        BigDecimal endpointSensitivity,
        BigDecimal interruptSensitivity,
        Long minInterruptWords,
        AmbientSound ambientSound,
        BigDecimal ambientSoundVolume,
        Boolean isWebhookActive,
        String webhookUrl,
        Boolean sendWebhookOnlyOnCompleted,
        Boolean includeRecordingInWebhook,
        String conversationEndedWebhookUrl,
        String inboundWebhookUrl,
        Boolean postCallEvaluation,
        List<PostCallField> postCallSchema,
        Map<String, Object> variables,
        Long conversationInactivityTimeout,
        Boolean conversationEndedRetrigger) {
}
