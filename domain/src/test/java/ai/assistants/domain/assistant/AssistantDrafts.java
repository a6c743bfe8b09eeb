package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.AssistantTransferTool;
import ai.assistants.domain.assistant.tool.BookingField;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.CalendarIntegrationTool;
import ai.assistants.domain.assistant.tool.CallTransferTool;
import ai.assistants.domain.assistant.tool.CollectKeypadTool;
import ai.assistants.domain.assistant.tool.DtmfInputTool;
import ai.assistants.domain.assistant.tool.EndCallTool;
import ai.assistants.domain.assistant.tool.WarmCallTransferTool;
import ai.assistants.domain.assistant.tool.CalcomEndpoint;
import ai.assistants.domain.assistant.tool.CallerIdMode;
import ai.assistants.domain.assistant.tool.HoldMusic;
import ai.assistants.domain.assistant.tool.StopKey;
import ai.assistants.domain.engine.EngineMode;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-data builder of an {@link AssistantProfile} proposal, set field by field as a request
 * sends them and built into the profile's groups. {@link #valid()} is the smallest proposal the
 * factory accepts (pipeline, outbound, ids 1); {@link #full()} sets every field, with one tool of
 * each built-in type. The ids assume reference facts where voice, language, models, providers,
 * phone numbers 1–2, tools 1–2, knowledge base 1 and assistant 1 exist and are the caller's.
 */
public final class AssistantDrafts {

    private String name = "Support line";
    private Long voiceId = 1L;
    private Long languageId = 1L;
    private AssistantType type = AssistantType.OUTBOUND;
    private EngineMode mode = EngineMode.PIPELINE;
    private String timezone = "Europe/Bucharest";
    private String initialMessage = "Hello, how can I help?";
    private String systemPrompt = "You are a helpful assistant.";
    private Long llmModelId = 1L;
    private Long multimodalModelId;
    private Long chatLlmFallbackId;
    private BigDecimal turnDetectionThreshold;
    private List<Long> secondaryLanguageIds;
    private Long knowledgebaseId;
    private KnowledgebaseMode knowledgebaseMode;
    private Long phoneNumberId;
    private List<Long> toolIds;
    private Long folderId;
    private List<Long> labelIds;
    private List<BuiltInTool> tools;
    private BigDecimal voiceStability;
    private BigDecimal voiceSimilarity;
    private BigDecimal speechSpeed;
    private BigDecimal llmTemperature;
    private Boolean ttsEmotionEnabled;
    private Long synthesizerProviderId;
    private Long transcriberProviderId;
    private Boolean allowInterruptions;
    private Boolean fillers;
    private FillerConfig fillerConfig;
    private Boolean record;
    private Boolean enableNoiseCancellation;
    private Boolean waitForCustomer;
    private Long maxDuration;
    private Long maxSilenceDuration;
    private Long maxInitialSilenceDuration;
    private Long ringingTime;
    private Long reengagementInterval;
    private String reengagementPrompt;
    private String voiceMailMessage;
    private Boolean endCallOnVoicemail;
    private EndpointType endpointType;
    private BigDecimal endpointSensitivity;
    private BigDecimal interruptSensitivity;
    private Long minInterruptWords;
    private AmbientSound ambientSound;
    private BigDecimal ambientSoundVolume;
    private Boolean isWebhookActive;
    private String webhookUrl;
    private Boolean sendWebhookOnlyOnCompleted;
    private Boolean includeRecordingInWebhook;
    private String conversationEndedWebhookUrl;
    private String inboundWebhookUrl;
    private Boolean postCallEvaluation;
    private List<PostCallField> postCallSchema;
    private Map<String, Object> variables;
    private Long conversationInactivityTimeout;
    private Boolean conversationEndedRetrigger;

    private AssistantDrafts() {
    }

    public static AssistantDrafts valid() {
        return new AssistantDrafts();
    }

    /** Every field set to a valid value; pipeline mode, outbound, so all pipeline-only fields are allowed. */
    public static AssistantDrafts full() {
        return valid()
                .secondaryLanguageIds(List.of(2L))
                .knowledgebaseId(1L)
                .knowledgebaseMode(KnowledgebaseMode.PROMPT)
                .phoneNumberId(1L)
                .toolIds(List.of(1L, 2L))
                .tools(allToolTypes())
                .voiceStability(new BigDecimal("0.8"))
                .voiceSimilarity(new BigDecimal("0.6"))
                .speechSpeed(new BigDecimal("1.1"))
                .llmTemperature(new BigDecimal("0.3"))
                .ttsEmotionEnabled(false)
                .synthesizerProviderId(1L)
                .transcriberProviderId(1L)
                .allowInterruptions(false)
                .fillers(true)
                .fillerConfig(new FillerConfig(List.of("Great"), List.of("Oh no"), List.of("Hmm"), List.of("Okay")))
                .record(true)
                .enableNoiseCancellation(false)
                .waitForCustomer(true)
                .maxDuration(900L)
                .maxSilenceDuration(60L)
                .maxInitialSilenceDuration(15L)
                .ringingTime(20L)
                .reengagementInterval(45L)
                .reengagementPrompt("Are you still there?")
                .voiceMailMessage("Please call us back.")
                .endCallOnVoicemail(false)
                .endpointType(EndpointType.AI)
                .endpointSensitivity(new BigDecimal("1.5"))
                .interruptSensitivity(new BigDecimal("2"))
                .minInterruptWords(2L)
                .ambientSound(AmbientSound.OFFICE)
                .ambientSoundVolume(new BigDecimal("0.3"))
                .isWebhookActive(true)
                .webhookUrl("https://hooks.example.com/assistant")
                .sendWebhookOnlyOnCompleted(false)
                .includeRecordingInWebhook(false)
                .conversationEndedWebhookUrl("https://hooks.example.com/ended")
                .inboundWebhookUrl("https://hooks.example.com/inbound")
                .postCallEvaluation(true)
                .postCallSchema(List.of(new PostCallField("outcome", PostCallFieldType.STRING, "What the caller decided")))
                .variables(sampleVariables())
                .conversationInactivityTimeout(60L)
                .conversationEndedRetrigger(true);
    }

    /** Every field multimodal mode allows, set to a valid value (multimodal model 1, LLM 1 as chat fallback). */
    public static AssistantDrafts fullMultimodal() {
        return full()
                .mode(EngineMode.MULTIMODAL)
                .llmModelId(null)
                .multimodalModelId(1L)
                .chatLlmFallbackId(1L)
                .turnDetectionThreshold(new BigDecimal("0.5"))
                .knowledgebaseMode(KnowledgebaseMode.FUNCTION_CALL)
                .transcriberProviderId(null)
                .allowInterruptions(true)
                .fillers(false)
                .fillerConfig(null);
    }

    /** One valid tool of every built-in type, in the order of {@code BuiltInToolType}. */
    public static List<BuiltInTool> allToolTypes() {
        return List.of(
                new EndCallTool("End the call when the caller says goodbye"),
                new DtmfInputTool("Press keys in an IVR"),
                new CallTransferTool("+40712345678", "Transfer to sales", false, "Europe/Bucharest", false, null),
                new WarmCallTransferTool("+40712345679", 2L, "Warm transfer to a supervisor", false, CallerIdMode.CUSTOM,
                        "+40712345670", HoldMusic.HOLD_MUSIC, 70L, "Please hold", "Summarise the call", "Hi, a caller",
                        "You are connected"),
                new CollectKeypadTool(10L, StopKey.STAR),
                new CalendarIntegrationTool("cal_live_secret_abcd", "intro-call", "sales", CalcomEndpoint.EU, null,
                        List.of(new BookingField("company", "text", "Company", true, null)), "Book a meeting"),
                new AssistantTransferTool(1L, "Hand over to billing", "One moment please", false));
    }

    private static Map<String, Object> sampleVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("company_name", "Acme");
        variables.put("max_discount", new BigDecimal("15"));
        variables.put("vip", true);
        return variables;
    }

    public AssistantDrafts name(String name) {
        this.name = name;
        return this;
    }

    public AssistantDrafts voiceId(Long voiceId) {
        this.voiceId = voiceId;
        return this;
    }

    public AssistantDrafts languageId(Long languageId) {
        this.languageId = languageId;
        return this;
    }

    public AssistantDrafts type(AssistantType type) {
        this.type = type;
        return this;
    }

    public AssistantDrafts mode(EngineMode mode) {
        this.mode = mode;
        return this;
    }

    public AssistantDrafts timezone(String timezone) {
        this.timezone = timezone;
        return this;
    }

    public AssistantDrafts initialMessage(String initialMessage) {
        this.initialMessage = initialMessage;
        return this;
    }

    public AssistantDrafts systemPrompt(String systemPrompt) {
        this.systemPrompt = systemPrompt;
        return this;
    }

    public AssistantDrafts llmModelId(Long llmModelId) {
        this.llmModelId = llmModelId;
        return this;
    }

    public AssistantDrafts multimodalModelId(Long multimodalModelId) {
        this.multimodalModelId = multimodalModelId;
        return this;
    }

    public AssistantDrafts chatLlmFallbackId(Long chatLlmFallbackId) {
        this.chatLlmFallbackId = chatLlmFallbackId;
        return this;
    }

    public AssistantDrafts turnDetectionThreshold(BigDecimal turnDetectionThreshold) {
        this.turnDetectionThreshold = turnDetectionThreshold;
        return this;
    }

    public AssistantDrafts secondaryLanguageIds(List<Long> secondaryLanguageIds) {
        this.secondaryLanguageIds = secondaryLanguageIds;
        return this;
    }

    public AssistantDrafts knowledgebaseId(Long knowledgebaseId) {
        this.knowledgebaseId = knowledgebaseId;
        return this;
    }

    public AssistantDrafts knowledgebaseMode(KnowledgebaseMode knowledgebaseMode) {
        this.knowledgebaseMode = knowledgebaseMode;
        return this;
    }

    public AssistantDrafts phoneNumberId(Long phoneNumberId) {
        this.phoneNumberId = phoneNumberId;
        return this;
    }

    public AssistantDrafts toolIds(List<Long> toolIds) {
        this.toolIds = toolIds;
        return this;
    }

    public AssistantDrafts folderId(Long folderId) {
        this.folderId = folderId;
        return this;
    }

    public AssistantDrafts labelIds(List<Long> labelIds) {
        this.labelIds = labelIds;
        return this;
    }

    public AssistantDrafts tools(List<BuiltInTool> tools) {
        this.tools = tools;
        return this;
    }

    public AssistantDrafts voiceStability(BigDecimal voiceStability) {
        this.voiceStability = voiceStability;
        return this;
    }

    public AssistantDrafts voiceSimilarity(BigDecimal voiceSimilarity) {
        this.voiceSimilarity = voiceSimilarity;
        return this;
    }

    public AssistantDrafts speechSpeed(BigDecimal speechSpeed) {
        this.speechSpeed = speechSpeed;
        return this;
    }

    public AssistantDrafts llmTemperature(BigDecimal llmTemperature) {
        this.llmTemperature = llmTemperature;
        return this;
    }

    public AssistantDrafts ttsEmotionEnabled(Boolean ttsEmotionEnabled) {
        this.ttsEmotionEnabled = ttsEmotionEnabled;
        return this;
    }

    public AssistantDrafts synthesizerProviderId(Long synthesizerProviderId) {
        this.synthesizerProviderId = synthesizerProviderId;
        return this;
    }

    public AssistantDrafts transcriberProviderId(Long transcriberProviderId) {
        this.transcriberProviderId = transcriberProviderId;
        return this;
    }

    public AssistantDrafts allowInterruptions(Boolean allowInterruptions) {
        this.allowInterruptions = allowInterruptions;
        return this;
    }

    public AssistantDrafts fillers(Boolean fillers) {
        this.fillers = fillers;
        return this;
    }

    public AssistantDrafts fillerConfig(FillerConfig fillerConfig) {
        this.fillerConfig = fillerConfig;
        return this;
    }

    public AssistantDrafts record(Boolean record) {
        this.record = record;
        return this;
    }

    public AssistantDrafts enableNoiseCancellation(Boolean enableNoiseCancellation) {
        this.enableNoiseCancellation = enableNoiseCancellation;
        return this;
    }

    public AssistantDrafts waitForCustomer(Boolean waitForCustomer) {
        this.waitForCustomer = waitForCustomer;
        return this;
    }

    public AssistantDrafts maxDuration(Long maxDuration) {
        this.maxDuration = maxDuration;
        return this;
    }

    public AssistantDrafts maxSilenceDuration(Long maxSilenceDuration) {
        this.maxSilenceDuration = maxSilenceDuration;
        return this;
    }

    public AssistantDrafts maxInitialSilenceDuration(Long maxInitialSilenceDuration) {
        this.maxInitialSilenceDuration = maxInitialSilenceDuration;
        return this;
    }

    public AssistantDrafts ringingTime(Long ringingTime) {
        this.ringingTime = ringingTime;
        return this;
    }

    public AssistantDrafts reengagementInterval(Long reengagementInterval) {
        this.reengagementInterval = reengagementInterval;
        return this;
    }

    public AssistantDrafts reengagementPrompt(String reengagementPrompt) {
        this.reengagementPrompt = reengagementPrompt;
        return this;
    }

    public AssistantDrafts voiceMailMessage(String voiceMailMessage) {
        this.voiceMailMessage = voiceMailMessage;
        return this;
    }

    public AssistantDrafts endCallOnVoicemail(Boolean endCallOnVoicemail) {
        this.endCallOnVoicemail = endCallOnVoicemail;
        return this;
    }

    public AssistantDrafts endpointType(EndpointType endpointType) {
        this.endpointType = endpointType;
        return this;
    }

    public AssistantDrafts endpointSensitivity(BigDecimal endpointSensitivity) {
        this.endpointSensitivity = endpointSensitivity;
        return this;
    }

    public AssistantDrafts interruptSensitivity(BigDecimal interruptSensitivity) {
        this.interruptSensitivity = interruptSensitivity;
        return this;
    }

    public AssistantDrafts minInterruptWords(Long minInterruptWords) {
        this.minInterruptWords = minInterruptWords;
        return this;
    }

    public AssistantDrafts ambientSound(AmbientSound ambientSound) {
        this.ambientSound = ambientSound;
        return this;
    }

    public AssistantDrafts ambientSoundVolume(BigDecimal ambientSoundVolume) {
        this.ambientSoundVolume = ambientSoundVolume;
        return this;
    }

    public AssistantDrafts isWebhookActive(Boolean isWebhookActive) {
        this.isWebhookActive = isWebhookActive;
        return this;
    }

    public AssistantDrafts webhookUrl(String webhookUrl) {
        this.webhookUrl = webhookUrl;
        return this;
    }

    public AssistantDrafts sendWebhookOnlyOnCompleted(Boolean sendWebhookOnlyOnCompleted) {
        this.sendWebhookOnlyOnCompleted = sendWebhookOnlyOnCompleted;
        return this;
    }

    public AssistantDrafts includeRecordingInWebhook(Boolean includeRecordingInWebhook) {
        this.includeRecordingInWebhook = includeRecordingInWebhook;
        return this;
    }

    public AssistantDrafts conversationEndedWebhookUrl(String conversationEndedWebhookUrl) {
        this.conversationEndedWebhookUrl = conversationEndedWebhookUrl;
        return this;
    }

    public AssistantDrafts inboundWebhookUrl(String inboundWebhookUrl) {
        this.inboundWebhookUrl = inboundWebhookUrl;
        return this;
    }

    public AssistantDrafts postCallEvaluation(Boolean postCallEvaluation) {
        this.postCallEvaluation = postCallEvaluation;
        return this;
    }

    public AssistantDrafts postCallSchema(List<PostCallField> postCallSchema) {
        this.postCallSchema = postCallSchema;
        return this;
    }

    public AssistantDrafts variables(Map<String, Object> variables) {
        this.variables = variables;
        return this;
    }

    public AssistantDrafts conversationInactivityTimeout(Long conversationInactivityTimeout) {
        this.conversationInactivityTimeout = conversationInactivityTimeout;
        return this;
    }

    public AssistantDrafts conversationEndedRetrigger(Boolean conversationEndedRetrigger) {
        this.conversationEndedRetrigger = conversationEndedRetrigger;
        return this;
    }

    /** The proposal, every group present (a group of only {@code null}s when nothing of it was set). */
    public AssistantProfile build() {
        return new AssistantProfile(name, voiceId, languageId, type, timezone, initialMessage, systemPrompt,
                new EngineSettings(mode, llmModelId, multimodalModelId, chatLlmFallbackId, turnDetectionThreshold),
                secondaryLanguageIds,
                new KnowledgebaseAttachment(knowledgebaseId, knowledgebaseMode),
                phoneNumberId, toolIds, tools,
                new ProviderSelection(synthesizerProviderId, transcriberProviderId),
                new VoiceSettings(voiceStability, voiceSimilarity, speechSpeed, llmTemperature, ttsEmotionEnabled),
                new CallBehavior(allowInterruptions, fillers, fillerConfig, record, enableNoiseCancellation, waitForCustomer),
                new TimingSettings(maxDuration, maxSilenceDuration, maxInitialSilenceDuration, ringingTime),
                new ReengagementSettings(reengagementInterval, reengagementPrompt),
                new VoicemailSettings(endCallOnVoicemail, voiceMailMessage),
                new EndpointingSettings(endpointType, endpointSensitivity, interruptSensitivity, minInterruptWords),
                new AmbientSettings(ambientSound, ambientSoundVolume),
                new WebhookSettings(isWebhookActive, webhookUrl, sendWebhookOnlyOnCompleted, includeRecordingInWebhook,
                        conversationEndedWebhookUrl, inboundWebhookUrl),
                new PostCallEvaluation(postCallEvaluation, postCallSchema),
                variables,
                new ConversationSettings(conversationInactivityTimeout, conversationEndedRetrigger),
                folderId, labelIds);
    }
}
