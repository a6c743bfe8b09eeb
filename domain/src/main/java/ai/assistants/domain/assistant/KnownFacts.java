package ai.assistants.domain.assistant;

import ai.assistants.domain.reference.ReferenceFacts;

import java.util.Map;
import java.util.Set;

/** Facts with every missing map or set read as empty, so the rules need no null checks. */
final class KnownFacts {

    private KnownFacts() {
    }

    static ReferenceFacts of(ReferenceFacts facts) {
        if (facts == null) {
            return new ReferenceFacts(Map.of(), Set.of(), Map.of(), Map.of(), Map.of(), Map.of(), null, null,
                    Map.of(), Set.of(), Set.of(), Set.of());
        }
        return new ReferenceFacts(orEmpty(facts.voices()), orEmpty(facts.languageIds()), orEmpty(facts.llmModels()),
                orEmpty(facts.multimodalModels()), orEmpty(facts.synthesizerProviders()),
                orEmpty(facts.transcriberProviders()), facts.defaultSynthesizerProviderId(),
                facts.defaultTranscriberProviderId(), orEmpty(facts.phoneNumbers()), orEmpty(facts.toolIds()),
                orEmpty(facts.knowledgebaseIds()), orEmpty(facts.assistantIds()));
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static <T> Set<T> orEmpty(Set<T> set) {
        return set == null ? Set.of() : set;
    }
}
