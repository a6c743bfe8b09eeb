package ai.assistants.application.port.out;

import ai.assistants.domain.reference.ModelFacts;
import ai.assistants.domain.reference.ModelKind;
import ai.assistants.domain.reference.ProviderFacts;
import ai.assistants.domain.reference.VoiceFacts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The reference tables as read at one moment, answering the create path's look-ups from memory. */
public record ReferenceSnapshot(Map<Long, VoiceFacts> voices,
                                Set<Long> languages,
                                Map<ModelKind, Map<Long, ModelFacts>> models,
                                Map<Long, ProviderFacts> synthesizerProviders,
                                Map<Long, ProviderFacts> transcriberProviders,
                                Map<Long, ReferenceData.DefaultProviders> defaultProviders) implements ReferenceData {

    public ReferenceSnapshot {
        voices = Map.copyOf(voices);
        languages = Set.copyOf(languages);
        Map<ModelKind, Map<Long, ModelFacts>> byKind = new EnumMap<>(ModelKind.class);
        for (ModelKind kind : ModelKind.values()) {
            byKind.put(kind, Map.copyOf(models.getOrDefault(kind, Map.of())));
        }
        models = Collections.unmodifiableMap(byKind);
        synthesizerProviders = Map.copyOf(synthesizerProviders);
        transcriberProviders = Map.copyOf(transcriberProviders);
        defaultProviders = Map.copyOf(defaultProviders);
    }

    @Override
    public Map<Long, VoiceFacts> voices(Set<Long> ids) {
        return pick(voices, ids);
    }

    @Override
    public Set<Long> existingLanguages(Set<Long> ids) {
        return ids.stream().filter(Objects::nonNull).filter(languages::contains).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Map<Long, ModelFacts> models(ModelKind kind, Set<Long> ids) {
        return pick(models.get(kind), ids);
    }

    @Override
    public Map<Long, ProviderFacts> synthesizerProviders(Set<Long> ids) {
        return pick(synthesizerProviders, ids);
    }

    @Override
    public Map<Long, ProviderFacts> transcriberProviders(Set<Long> ids) {
        return pick(transcriberProviders, ids);
    }

    @Override
    public DefaultProviders defaultProviders(long languageId) {
        return defaultProviders.getOrDefault(languageId, DefaultProviders.NONE);
    }

    private static <V> Map<Long, V> pick(Map<Long, V> rows, Set<Long> ids) {
        return ids.stream().filter(Objects::nonNull).filter(rows::containsKey)
                .collect(Collectors.toUnmodifiableMap(id -> id, rows::get));
    }
}
