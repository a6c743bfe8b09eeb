package ai.assistants.domain.assistant;

import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.assistant.tool.BuiltInTool;

import ai.assistants.domain.validation.constraint.Between;
import ai.assistants.domain.validation.constraint.Cascade;
import ai.assistants.domain.validation.constraint.ItemList;
import ai.assistants.domain.validation.constraint.MaxLength;
import ai.assistants.domain.validation.constraint.OneOf;
import ai.assistants.domain.validation.constraint.PromptVariables;
import ai.assistants.domain.validation.constraint.Required;
import ai.assistants.domain.validation.constraint.RequiredWhen;
import ai.assistants.domain.validation.constraint.RequiredWith;
import ai.assistants.domain.validation.constraint.TimeZoneId;
import ai.assistants.domain.validation.constraint.WebUrl;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A create request as the caller sent it: every field nullable, nothing checked yet.
 * Component names are the contract's field names in camelCase, so a violation's property
 * path turns into the contract's key ({@code tools[0].phoneNumber} → {@code tools.0.phone_number}).
 * Integers are {@code Long} so that an out-of-range value reaches the range rule instead of
 * overflowing on the way in.
 * <p>Each field rule is declared here once; rules that relate fields are the class-level ones.
 */
@EngineModeRules
@RequiredWhen(field = "webhookUrl", other = "isWebhookActive", value = "true")
@RequiredWith(field = "knowledgebaseId", other = "knowledgebaseMode")
public record AssistantDraft(
        @Required @MaxLength(max = 255) String name,
        @Required Long voiceId,
        @Required Long languageId,
        @Required @OneOf(codesOf = AssistantType.class) String type,
        @Required @OneOf(codesOf = EngineMode.class) String mode,
        @Required @TimeZoneId String timezone,
        @Required @MaxLength(max = 200) String initialMessage,
        @Required @MaxLength(max = 65535) String systemPrompt,
        Long llmModelId,
        Long multimodalModelId,
        Long chatLlmFallbackId,
        @Between(min = "0", max = "1") BigDecimal turnDetectionThreshold,
        @ItemList(max = 10, distinct = true) List<Long> secondaryLanguageIds,
        Long knowledgebaseId,
        @OneOf(codesOf = KnowledgebaseMode.class) String knowledgebaseMode,
        Long phoneNumberId,
        @ItemList(max = 50, distinct = true) List<Long> toolIds,
        @ItemList(max = 20) @Cascade List<BuiltInTool> tools,
        @Between(min = "0", max = "1") BigDecimal voiceStability,
        @Between(min = "0", max = "1") BigDecimal voiceSimilarity,
        @Between(min = "0.7", max = "1.2") BigDecimal speechSpeed,
        @Between(min = "0", max = "1") BigDecimal llmTemperature,
        Boolean ttsEmotionEnabled,
        Long synthesizerProviderId,
        Long transcriberProviderId,
        Boolean allowInterruptions,
        Boolean fillers,
        @Cascade FillerConfig fillerConfig,
        Boolean record,
        Boolean enableNoiseCancellation,
        Boolean waitForCustomer,
        @Between(min = "20", max = "1200") Long maxDuration,
        @Between(min = "1", max = "360") Long maxSilenceDuration,
        @Between(min = "1", max = "120") Long maxInitialSilenceDuration,
        @Between(min = "1", max = "60") Long ringingTime,
        @Between(min = "7", max = "600") Long reengagementInterval,
        @MaxLength(max = 1000) String reengagementPrompt,
        @MaxLength(max = 1000) String voiceMailMessage,
        Boolean endCallOnVoicemail,
        @OneOf(codesOf = EndpointType.class) String endpointType,
        @Between(min = "0", max = "5") BigDecimal endpointSensitivity,
        @Between(min = "0", max = "5") BigDecimal interruptSensitivity,
        @Between(min = "0", max = "10") Long minInterruptWords,
        @OneOf(codesOf = AmbientSound.class) String ambientSound,
        @Between(min = "0", max = "1") BigDecimal ambientSoundVolume,
        Boolean isWebhookActive,
        @MaxLength(max = 2048) @WebUrl String webhookUrl,
        Boolean sendWebhookOnlyOnCompleted,
        Boolean includeRecordingInWebhook,
        @MaxLength(max = 2048) @WebUrl String conversationEndedWebhookUrl,
        Boolean postCallEvaluation,
        @ItemList(max = 20, distinctBy = "name") @Cascade List<PostCallField> postCallSchema,
        @PromptVariables(maxEntries = 100, keyPattern = "[A-Za-z_][A-Za-z0-9_]{0,63}", maxTextLength = 1000) Map<String, Object> variables,
        @Between(min = "1", max = "1440") Long conversationInactivityTimeout,
        Boolean conversationEndedRetrigger) {
}
