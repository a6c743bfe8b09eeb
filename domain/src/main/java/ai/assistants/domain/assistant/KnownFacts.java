package ai.assistants.domain.assistant;

import ai.assistants.domain.reference.ReferenceFacts;

import ai.assistants.domain.reference.PhoneNumberFacts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Facts with every missing map or set read as empty, so the rules need no null checks. */
final class KnownFacts {

    private KnownFacts() {
    }

    static ReferenceFacts of(ReferenceFacts facts) {
        if (facts == null) {
            return new ReferenceFacts(Map.of(), Set.of(), Map.of(), Map.of(), Map.of(), Map.of(), null, null,
                    Map.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
        }
        return new ReferenceFacts(orEmpty(facts.voices()), orEmpty(facts.languageIds()), orEmpty(facts.llmModels()),
                orEmpty(facts.multimodalModels()), orEmpty(facts.synthesizerProviders()),
                orEmpty(facts.transcriberProviders()), facts.defaultSynthesizerProviderId(),
                facts.defaultTranscriberProviderId(), orEmpty(facts.phoneNumbers()), orEmpty(facts.toolIds()),
                orEmpty(facts.knowledgebaseIds()), orEmpty(facts.assistantIds()), orEmpty(facts.folderIds()),
                orEmpty(facts.labelIds()));
    }

    /**
     * The facts as {@code self} sees them when it changes: its own inbound number is not held by
     * another, and it is no assistant it could transfer to.
     */
    static ReferenceFacts seenBy(ReferenceFacts facts, AssistantId self) {
        Map<Long, PhoneNumberFacts> numbers = new HashMap<>();
        facts.phoneNumbers().forEach((id, number) -> numbers.put(id,
                Long.valueOf(self.value()).equals(number.inboundAssistantId())
                        ? new PhoneNumberFacts(number.id(), number.type(), null) : number));
        Set<Long> others = new HashSet<>(facts.assistantIds());
        others.remove(self.value());
        return new ReferenceFacts(facts.voices(), facts.languageIds(), facts.llmModels(), facts.multimodalModels(),
                facts.synthesizerProviders(), facts.transcriberProviders(), facts.defaultSynthesizerProviderId(),
                facts.defaultTranscriberProviderId(), numbers, facts.toolIds(), facts.knowledgebaseIds(), others,
                facts.folderIds(), facts.labelIds());
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static <T> Set<T> orEmpty(Set<T> set) {
        return set == null ? Set.of() : set;
    }
}
