package ai.assistants.domain.assistant;

import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ModelFacts;
import ai.assistants.domain.reference.ModelKind;
import ai.assistants.domain.reference.PhoneNumberFacts;
import ai.assistants.domain.reference.PhoneNumberType;
import ai.assistants.domain.reference.ProviderFacts;
import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.reference.VoiceFacts;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static ai.assistants.domain.engine.EngineMode.DUALPLEX;
import static ai.assistants.domain.engine.EngineMode.MULTIMODAL;
import static ai.assistants.domain.engine.EngineMode.PIPELINE;

/**
 * What storage knows for the proposals of {@link AssistantDrafts}: voice 1 (pipeline, dualplex) and
 * voice 3 (multimodal only); languages 1–3; LLMs 1–2; multimodal model 1 (multimodal, dualplex)
 * and 2 (multimodal only); providers 1 (languages 1, 2) and 9 (language 3 only); the caller's
 * numbers 1–2 (Normal, free), 3 (Caller ID) and 4 (held by inbound assistant 77); tools 1–2;
 * knowledge base 1; assistant 1. Default providers 1 and 1.
 */
public final class ReferenceFactsFixture {

    private ReferenceFactsFixture() {
    }

    public static ReferenceFacts facts() {
        return withDefaults(1L, 1L);
    }

    public static ReferenceFacts withDefaults(Long synthesizer, Long transcriber) {
        Map<Long, ProviderFacts> providers = Map.of(1L, new ProviderFacts(1L, Set.of(1L, 2L)),
                9L, new ProviderFacts(9L, Set.of(3L)));
        return new ReferenceFacts(
                Map.of(1L, new VoiceFacts(1L, 1L, EnumSet.of(PIPELINE, DUALPLEX)),
                        3L, new VoiceFacts(3L, 1L, EnumSet.of(MULTIMODAL))),
                Set.of(1L, 2L, 3L),
                Map.of(1L, new ModelFacts(1L, ModelKind.LLM, EnumSet.of(PIPELINE)),
                        2L, new ModelFacts(2L, ModelKind.LLM, EnumSet.of(PIPELINE))),
                Map.of(1L, new ModelFacts(1L, ModelKind.MULTIMODAL, EnumSet.of(MULTIMODAL, DUALPLEX)),
                        2L, new ModelFacts(2L, ModelKind.MULTIMODAL, EnumSet.of(MULTIMODAL))),
                providers, Map.of(1L, new ProviderFacts(1L, Set.of(1L, 2L)), 2L, new ProviderFacts(2L, Set.of(1L))),
                synthesizer, transcriber,
                Map.of(1L, new PhoneNumberFacts(1L, PhoneNumberType.NORMAL, null),
                        2L, new PhoneNumberFacts(2L, PhoneNumberType.NORMAL, null),
                        3L, new PhoneNumberFacts(3L, PhoneNumberType.CALLER_ID, null),
                        4L, new PhoneNumberFacts(4L, PhoneNumberType.NORMAL, 77L)),
                Set.of(1L, 2L), Set.of(1L), Set.of(1L), Set.of(1L), Set.of(1L, 2L));
    }
}
