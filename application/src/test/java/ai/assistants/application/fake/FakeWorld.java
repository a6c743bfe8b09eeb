package ai.assistants.application.fake;

import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.PhoneNumberType;

import java.util.Map;
import java.util.TreeMap;

/**
 * A set of seeded fakes that satisfies the domain's test drafts ({@code AssistantDrafts}) for
 * {@link #ALPHA}, with a second account {@link #BETA} owning look-alike resources under other ids.
 *
 * <ul>
 *   <li>Languages 1–5 (en, de, es, fr, ro). Language 1 defaults to synthesizer {@value #DEFAULT_SYNTHESIZER}
 *       and transcriber {@value #DEFAULT_TRANSCRIBER}.</li>
 *   <li>Voices: 1 (language 1, every mode), 2 (language 1, pipeline and dualplex), 3 (language 1, multimodal).</li>
 *   <li>LLMs 1, 2; multimodal models 1 (multimodal, dualplex) and 2 (multimodal only).</li>
 *   <li>Synthesizer providers 1 and 3, transcriber providers 1 and 2, all for languages 1–5.</li>
 *   <li>ALPHA: numbers 1, 2 (Normal), 3 (SIP), 4 (Caller ID), 5 (Normal, held by inbound assistant 1);
 *       mid-call tools 1, 2; knowledge base 1; assistant 1.</li>
 *   <li>BETA: numbers 11 (Normal), 12 (Caller ID); mid-call tool 11; knowledge base 11; assistant 11.</li>
 *   <li>API keys {@value #ALPHA_KEY} and {@value #BETA_KEY}.</li>
 * </ul>
 */
public final class FakeWorld {

    public static final AccountId ALPHA = new AccountId(1);
    public static final AccountId BETA = new AccountId(2);
    public static final String ALPHA_KEY = "demo-key-alpha";
    public static final String BETA_KEY = "demo-key-beta";
    public static final long DEFAULT_SYNTHESIZER = 3;
    public static final long DEFAULT_TRANSCRIBER = 2;

    public final InMemoryReferenceData referenceData = referenceData();
    public final InMemoryAccountResources accountResources = accountResources();
    public final InMemoryAssistantRepository repository = new InMemoryAssistantRepository();
    public final InMemoryApiKeys apiKeys = new InMemoryApiKeys().key(ALPHA_KEY, ALPHA).key(BETA_KEY, BETA);

    /** Forgets the calls made while seeding or arranging, so a test counts only what it acts on. */
    public void resetCallCounts() {
        referenceData.calls().reset();
        accountResources.calls().reset();
        repository.calls().reset();
        apiKeys.calls().reset();
    }

    /** The look-ups made through both reference out-ports, by method. */
    public Map<String, Integer> lookUps() {
        Map<String, Integer> all = new TreeMap<>(referenceData.calls().snapshot());
        all.putAll(accountResources.calls().snapshot());
        return all;
    }

    private static InMemoryReferenceData referenceData() {
        Long[] allLanguages = {1L, 2L, 3L, 4L, 5L};
        return new InMemoryReferenceData()
                .language(1, "English", "en")
                .language(2, "German", "de")
                .language(3, "Spanish", "es")
                .language(4, "French", "fr")
                .language(5, "Romanian", "ro")
                .voice(1, 1, 1, EngineMode.PIPELINE, EngineMode.MULTIMODAL, EngineMode.DUALPLEX)
                .voice(2, 1, 1, EngineMode.PIPELINE, EngineMode.DUALPLEX)
                .voice(3, 1, 1, EngineMode.MULTIMODAL)
                .llm(1, "GPT Small")
                .llm(2, "GPT Large")
                .multimodalModel(1, "Realtime", "realtime", EngineMode.MULTIMODAL, EngineMode.DUALPLEX)
                .multimodalModel(2, "Native audio", "native-audio", EngineMode.MULTIMODAL)
                .synthesizerProvider(1, "elevenlabs", allLanguages)
                .synthesizerProvider(DEFAULT_SYNTHESIZER, "azure-tts", allLanguages)
                .transcriberProvider(1, "deepgram", allLanguages)
                .transcriberProvider(DEFAULT_TRANSCRIBER, "azure-stt", allLanguages)
                .defaultProviders(1, DEFAULT_SYNTHESIZER, DEFAULT_TRANSCRIBER);
    }

    private static InMemoryAccountResources accountResources() {
        return new InMemoryAccountResources()
                .phoneNumber(ALPHA, 1, "+40310000001", PhoneNumberType.NORMAL)
                .phoneNumber(ALPHA, 2, "+40310000002", PhoneNumberType.NORMAL)
                .phoneNumber(ALPHA, 3, "+40310000003", PhoneNumberType.SIP)
                .phoneNumber(ALPHA, 4, "+40310000004", PhoneNumberType.CALLER_ID)
                .phoneNumber(ALPHA, 5, "+40310000005", PhoneNumberType.NORMAL, 1L)
                .midCallTool(ALPHA, 1, "crm_lookup")
                .midCallTool(ALPHA, 2, "order_status")
                .knowledgebase(ALPHA, 1, "Product FAQ")
                .assistant(ALPHA, 1)
                .phoneNumber(BETA, 11, "+40310000011", PhoneNumberType.NORMAL)
                .phoneNumber(BETA, 12, "+40310000012", PhoneNumberType.CALLER_ID)
                .midCallTool(BETA, 11, "beta_tool")
                .knowledgebase(BETA, 11, "Beta FAQ")
                .assistant(BETA, 11);
    }
}
