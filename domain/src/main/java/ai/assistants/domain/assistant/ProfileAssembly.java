package ai.assistants.domain.assistant;

import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ReferenceFacts;
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

    // Default numbers, parsed once (BigDecimal is immutable, so every profile can share them).
    private static final BigDecimal VOICE_STABILITY = new BigDecimal("0.70");
    private static final BigDecimal VOICE_SIMILARITY = new BigDecimal("0.50");
    private static final BigDecimal SPEECH_SPEED = new BigDecimal("1.00");
    private static final BigDecimal LLM_TEMPERATURE = new BigDecimal("0.10");
    private static final BigDecimal ENDPOINT_SENSITIVITY = new BigDecimal("0.5");
    private static final BigDecimal INTERRUPT_SENSITIVITY = new BigDecimal("0.5");
    private static final BigDecimal AMBIENT_SOUND_VOLUME = new BigDecimal("0.5");

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
                        or(d.ttsEmotionEnabled(), true)),
                new CallBehavior(or(d.allowInterruptions(), true), or(d.fillers(), false), fillerConfig(d.fillerConfig()),
                        or(d.record(), false), or(d.enableNoiseCancellation(), true), or(d.waitForCustomer(), false)),
                new TimingSettings(seconds(d.maxDuration(), 600), seconds(d.maxSilenceDuration(), 40),
                        integerOrNull(d.maxInitialSilenceDuration()), seconds(d.ringingTime(), 30)),
                new ReengagementSettings(seconds(d.reengagementInterval(), 30), text(d.reengagementPrompt())),
                new VoicemailSettings(or(d.endCallOnVoicemail(), true), text(d.voiceMailMessage())),
                new EndpointingSettings(or(code(EndpointType.class, d.endpointType()), EndpointType.VAD),
                        or(d.endpointSensitivity(), ENDPOINT_SENSITIVITY), or(d.interruptSensitivity(), INTERRUPT_SENSITIVITY),
                        integerOrNull(d.minInterruptWords())),
                new AmbientSettings(code(AmbientSound.class, d.ambientSound()),
                        or(d.ambientSoundVolume(), AMBIENT_SOUND_VOLUME)),
                new WebhookSettings(or(d.isWebhookActive(), false), text(d.webhookUrl()), or(d.sendWebhookOnlyOnCompleted(), true),
                        or(d.includeRecordingInWebhook(), true), text(d.conversationEndedWebhookUrl())),
                new PostCallEvaluation(or(d.postCallEvaluation(), true), copyOrNull(d.postCallSchema())),
                new Variables(variables(d.variables())),
                new ConversationSettings(seconds(d.conversationInactivityTimeout(), 30), or(d.conversationEndedRetrigger(), false)));
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
                or(code(KnowledgebaseMode.class, d.knowledgebaseMode()), KnowledgebaseMode.FUNCTION_CALL));
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
    private static <E extends Enum<E>> E code(Class<E> type, String code) {
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

    private static int seconds(Long value, int fallback) {
        return value == null ? fallback : value.intValue();
    }

    private static Integer integerOrNull(Long value) {
        return value == null ? null : value.intValue();
    }
}
