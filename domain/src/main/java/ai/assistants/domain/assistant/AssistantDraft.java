package ai.assistants.domain.assistant;

import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.assistant.tool.BuiltInTool;

import ai.assistants.domain.validation.constraint.Between;
import ai.assistants.domain.validation.constraint.CodePoints;
import ai.assistants.domain.validation.constraint.Distinct;
import ai.assistants.domain.validation.constraint.OneOf;
import ai.assistants.domain.validation.constraint.PromptValue;
import ai.assistants.domain.validation.constraint.TimeZoneId;
import ai.assistants.domain.validation.constraint.WebUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A create request as the caller sent it: every field nullable, nothing checked yet.
 * Component names are the contract's field names in camelCase, so a violation's property
 * path turns into the contract's key ({@code tools[0].phoneNumber} → {@code tools.0.phone_number}).
 * Integers are {@code Long} so that an out-of-range value reaches the range rule instead of
 * overflowing on the way in.
 * <p>Each field rule is declared here once; rules that relate fields are {@link FieldRelations}.
 */
public record AssistantDraft(
        @NotBlank @CodePoints(max = 255) String name,
        @NotNull Long voiceId,
        @NotNull Long languageId,
        @NotBlank @OneOf(codesOf = AssistantType.class) String type,
        @NotBlank @OneOf(codesOf = EngineMode.class) String mode,
        @NotBlank @TimeZoneId String timezone,
        @NotBlank @CodePoints(max = 200) String initialMessage,
        @NotBlank @CodePoints(max = 65535) String systemPrompt,
        Long llmModelId,
        Long multimodalModelId,
        Long chatLlmFallbackId,
        @Between(min = "0", max = "1") BigDecimal turnDetectionThreshold,
        @Size(max = MAX_SECONDARY_LANGUAGES) @Distinct List<@NotNull Long> secondaryLanguageIds,
        Long knowledgebaseId,
        @OneOf(codesOf = KnowledgebaseMode.class) String knowledgebaseMode,
        Long phoneNumberId,
        @Size(max = MAX_TOOL_IDS) @Distinct List<@NotNull Long> toolIds,
        @Size(max = MAX_TOOLS) List<@NotNull @Valid BuiltInTool> tools,
        @Between(min = "0", max = "1") BigDecimal voiceStability,
        @Between(min = "0", max = "1") BigDecimal voiceSimilarity,
        @Between(min = "0.7", max = "1.2") BigDecimal speechSpeed,
        @Between(min = "0", max = "1") BigDecimal llmTemperature,
        Boolean ttsEmotionEnabled,
        Long synthesizerProviderId,
        Long transcriberProviderId,
        Boolean allowInterruptions,
        Boolean fillers,
        @Valid FillerConfig fillerConfig,
        Boolean record,
        Boolean enableNoiseCancellation,
        Boolean waitForCustomer,
        @Between(min = "20", max = "1200") Long maxDuration,
        @Between(min = "1", max = "360") Long maxSilenceDuration,
        @Between(min = "1", max = "120") Long maxInitialSilenceDuration,
        @Between(min = "1", max = "60") Long ringingTime,
        @Between(min = "7", max = "600") Long reengagementInterval,
        @CodePoints(max = 1000) String reengagementPrompt,
        @CodePoints(max = 1000) String voiceMailMessage,
        Boolean endCallOnVoicemail,
        @OneOf(codesOf = EndpointType.class) String endpointType,
        @Between(min = "0", max = "5") BigDecimal endpointSensitivity,
        @Between(min = "0", max = "5") BigDecimal interruptSensitivity,
        @Between(min = "0", max = "10") Long minInterruptWords,
        @OneOf(codesOf = AmbientSound.class) String ambientSound,
        @Between(min = "0", max = "1") BigDecimal ambientSoundVolume,
        Boolean isWebhookActive,
        @CodePoints(max = 2048) @WebUrl String webhookUrl,
        Boolean sendWebhookOnlyOnCompleted,
        Boolean includeRecordingInWebhook,
        @CodePoints(max = 2048) @WebUrl String conversationEndedWebhookUrl,
        Boolean postCallEvaluation,
        @Size(max = 20) @Distinct List<@NotNull @Valid PostCallField> postCallSchema,
        @Size(max = 100) Map<@Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]{0,63}") String, @PromptValue @CodePoints(max = 1000) Object> variables,
        @Between(min = "1", max = "1440") Long conversationInactivityTimeout,
        Boolean conversationEndedRetrigger) {

    public static final int MAX_SECONDARY_LANGUAGES = 10;
    public static final int MAX_TOOL_IDS = 50;
    public static final int MAX_TOOLS = 20;
}
