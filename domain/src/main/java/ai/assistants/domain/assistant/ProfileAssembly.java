package ai.assistants.domain.assistant;

import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.validation.ContractCode;
import ai.assistants.domain.validation.constraint.Codes;
import ai.assistants.domain.validation.constraint.Numbers;
import ai.assistants.domain.validation.constraint.Text;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a draft that broke no rule into a profile, applying the contract's defaults (its
 * "Settings" list). Only called after every rule passed, so every code parses and every
 * number is in range. Text of only whitespace passed every rule as absent, so it is absent
 * here too: it gets the default, or stays {@code null}. A list or map never sent stays
 * {@code null}; one sent empty stays empty.
 */
final class ProfileAssembly {

    // Default numbers and codes, parsed once (all immutable, so every profile can share them).
    private static final BigDecimal VOICE_STABILITY = new BigDecimal(AssistantDefaults.VOICE_STABILITY);
    private static final BigDecimal VOICE_SIMILARITY = new BigDecimal(AssistantDefaults.VOICE_SIMILARITY);
    private static final BigDecimal SPEECH_SPEED = new BigDecimal(AssistantDefaults.SPEECH_SPEED);
    private static final BigDecimal LLM_TEMPERATURE = new BigDecimal(AssistantDefaults.LLM_TEMPERATURE);
    private static final BigDecimal ENDPOINT_SENSITIVITY = new BigDecimal(AssistantDefaults.ENDPOINT_SENSITIVITY);
    private static final BigDecimal INTERRUPT_SENSITIVITY = new BigDecimal(AssistantDefaults.INTERRUPT_SENSITIVITY);
    private static final BigDecimal AMBIENT_SOUND_VOLUME = new BigDecimal(AssistantDefaults.AMBIENT_SOUND_VOLUME);
    private static final EndpointType ENDPOINT_TYPE = code(EndpointType.class, AssistantDefaults.ENDPOINT_TYPE);
    private static final KnowledgebaseMode KNOWLEDGEBASE_MODE =
            code(KnowledgebaseMode.class, AssistantDefaults.KNOWLEDGEBASE_MODE);

    private ProfileAssembly() {
    }

    static AssistantProfile profile(AssistantDraft d, ReferenceFacts facts) {
        return new AssistantProfile(d.name(), d.voiceId(), d.languageId(), code(AssistantType.class, d.type()),
                d.timezone(), d.initialMessage(), d.systemPrompt(), engine(d), copyOrNull(d.secondaryLanguageIds()),
                knowledgebase(d), d.phoneNumberId(), copyOrNull(d.toolIds()),
                d.tools() == null ? null : d.tools().stream().map(ToolDefaults::apply).toList(),
                ProviderChoice.resolve(d, facts),
                new VoiceSettings(or(d.voiceStability(), VOICE_STABILITY), or(d.voiceSimilarity(), VOICE_SIMILARITY),
                        or(d.speechSpeed(), SPEECH_SPEED), or(d.llmTemperature(), LLM_TEMPERATURE),
                        or(d.ttsEmotionEnabled(), flag(AssistantDefaults.TTS_EMOTION_ENABLED))),
                new CallBehavior(or(d.allowInterruptions(), flag(AssistantDefaults.ALLOW_INTERRUPTIONS)), or(d.fillers(), flag(AssistantDefaults.FILLERS)), fillerConfig(d.fillerConfig()),
                        or(d.record(), flag(AssistantDefaults.RECORD)), or(d.enableNoiseCancellation(), flag(AssistantDefaults.ENABLE_NOISE_CANCELLATION)), or(d.waitForCustomer(), flag(AssistantDefaults.WAIT_FOR_CUSTOMER))),
                new TimingSettings(seconds(d.maxDuration(), AssistantDefaults.MAX_DURATION), seconds(d.maxSilenceDuration(), AssistantDefaults.MAX_SILENCE_DURATION),
                        integerOrNull(d.maxInitialSilenceDuration()), seconds(d.ringingTime(), AssistantDefaults.RINGING_TIME)),
                new ReengagementSettings(seconds(d.reengagementInterval(), AssistantDefaults.REENGAGEMENT_INTERVAL), text(d.reengagementPrompt())),
                new VoicemailSettings(or(d.endCallOnVoicemail(), flag(AssistantDefaults.END_CALL_ON_VOICEMAIL)), text(d.voiceMailMessage())),
                new EndpointingSettings(or(code(EndpointType.class, d.endpointType()), ENDPOINT_TYPE),
                        or(d.endpointSensitivity(), ENDPOINT_SENSITIVITY), or(d.interruptSensitivity(), INTERRUPT_SENSITIVITY),
                        integerOrNull(d.minInterruptWords())),
                new AmbientSettings(code(AmbientSound.class, d.ambientSound()),
                        or(d.ambientSoundVolume(), AMBIENT_SOUND_VOLUME)),
                new WebhookSettings(or(d.isWebhookActive(), flag(AssistantDefaults.IS_WEBHOOK_ACTIVE)), text(d.webhookUrl()), or(d.sendWebhookOnlyOnCompleted(), flag(AssistantDefaults.SEND_WEBHOOK_ONLY_ON_COMPLETED)),
                        or(d.includeRecordingInWebhook(), flag(AssistantDefaults.INCLUDE_RECORDING_IN_WEBHOOK)), text(d.conversationEndedWebhookUrl())),
                new PostCallEvaluation(or(d.postCallEvaluation(), flag(AssistantDefaults.POST_CALL_EVALUATION)), copyOrNull(d.postCallSchema())),
                new Variables(variables(d.variables())),
                new ConversationSettings(seconds(d.conversationInactivityTimeout(), AssistantDefaults.CONVERSATION_INACTIVITY_TIMEOUT), or(d.conversationEndedRetrigger(), flag(AssistantDefaults.CONVERSATION_ENDED_RETRIGGER))));
    }

    private static EngineSettings engine(AssistantDraft d) {
        return new EngineSettings(code(EngineMode.class, d.mode()), d.llmModelId(), d.multimodalModelId(),
                d.chatLlmFallbackId(), d.turnDetectionThreshold());
    }

    private static KnowledgebaseAttachment knowledgebase(AssistantDraft d) {
        if (d.knowledgebaseId() == null) {
            return null;
        }
        return new KnowledgebaseAttachment(d.knowledgebaseId(),
                or(code(KnowledgebaseMode.class, d.knowledgebaseMode()), KNOWLEDGEBASE_MODE));
    }

    private static FillerConfig fillerConfig(FillerConfig config) {
        return config == null ? null : new FillerConfig(copyOrNull(config.positive()), copyOrNull(config.negative()),
                copyOrNull(config.question()), copyOrNull(config.neutral()));
    }

    /** Numbers become BigDecimal, as {@link Variables} promises; the order sent is kept. */
    private static Map<String, Object> variables(Map<String, Object> variables) {
        if (variables == null) {
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        variables.forEach((key, value) -> copy.put(key, value instanceof Number number ? Numbers.exact(number) : value));
        return Collections.unmodifiableMap(copy);
    }

    /** The constant {@code code} names, or {@code null} when it is absent. */
    private static <E extends Enum<E> & ContractCode> E code(Class<E> type, String code) {
        if (Text.isMissing(code)) {
            return null;
        }
        return Codes.parse(type, code).orElseThrow(() -> new IllegalStateException("unchecked " + type.getSimpleName()));
    }

    /** {@code value}, or {@code null} when it is absent. */
    static String text(String value) {
        return Text.isMissing(value) ? null : value;
    }

    static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    static <T> List<T> copyOrNull(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    private static int seconds(Long value, String fallback) {
        return value == null ? Integer.parseInt(fallback) : value.intValue();
    }

    private static boolean flag(String value) {
        return Boolean.parseBoolean(value);
    }

    private static Integer integerOrNull(Long value) {
        return value == null ? null : value.intValue();
    }
}
