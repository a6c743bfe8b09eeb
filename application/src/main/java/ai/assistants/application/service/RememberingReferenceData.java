package ai.assistants.application.service;

import ai.assistants.application.port.out.ReferenceData;
import ai.assistants.domain.reference.ModelFacts;
import ai.assistants.domain.reference.ModelKind;
import ai.assistants.domain.reference.ProviderFacts;
import ai.assistants.domain.reference.VoiceFacts;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reference data is shipped by migrations that run before the service takes traffic, so within
 * one process it never changes: what was found once is answered from memory, and a create asks
 * storage only for what it has not seen yet. Only what exists is remembered, so memory is bounded
 * by the reference tables whatever ids callers send; an unknown id is asked for every time.
 */
public final class RememberingReferenceData implements ReferenceData {

    private final ReferenceData source;
    private final Map<Long, VoiceFacts> voices = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> languages = new ConcurrentHashMap<>();
    private final Map<ModelKind, Map<Long, ModelFacts>> models = new EnumMap<>(ModelKind.class);
    private final Map<Long, ProviderFacts> synthesizerProviders = new ConcurrentHashMap<>();
    private final Map<Long, ProviderFacts> transcriberProviders = new ConcurrentHashMap<>();
    private final Map<Long, DefaultProviders> defaultProviders = new ConcurrentHashMap<>();

    public RememberingReferenceData(ReferenceData source) {
        this.source = source;
        for (ModelKind kind : ModelKind.values()) {
            models.put(kind, new ConcurrentHashMap<>());
        }
    }

    @Override
    public Map<Long, VoiceFacts> voices(Set<Long> ids) {
        return remembered(ids, voices, source::voices);
    }

    @Override
    public Set<Long> existingLanguages(Set<Long> ids) {
        return remembered(ids, languages, missing -> present(source.existingLanguages(missing))).keySet();
    }

    @Override
    public Map<Long, ModelFacts> models(ModelKind kind, Set<Long> ids) {
        return remembered(ids, models.get(kind), missing -> source.models(kind, missing));
    }

    @Override
    public Map<Long, ProviderFacts> synthesizerProviders(Set<Long> ids) {
        return remembered(ids, synthesizerProviders, source::synthesizerProviders);
    }

    @Override
    public Map<Long, ProviderFacts> transcriberProviders(Set<Long> ids) {
        return remembered(ids, transcriberProviders, source::transcriberProviders);
    }

    @Override
    public DefaultProviders defaultProviders(long languageId) {
        DefaultProviders known = defaultProviders.get(languageId);
        if (known != null) {
            return known;
        }
        DefaultProviders found = source.defaultProviders(languageId);
        if (found.synthesizerProviderId() != null || found.transcriberProviderId() != null) {
            defaultProviders.put(languageId, found);
        }
        return found;
    }

    private static <V> Map<Long, V> remembered(Set<Long> ids, Map<Long, V> memory,
                                                Function<Set<Long>, Map<Long, V>> lookUp) {
        Map<Long, V> found = new HashMap<>();
        Set<Long> missing = new HashSet<>();
        for (Long id : ids) {
            V known = id == null ? null : memory.get(id);
            if (known != null) {
                found.put(id, known);
            } else if (id != null) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, V> fetched = lookUp.apply(missing);
            memory.putAll(fetched);
            found.putAll(fetched);
        }
        return found;
    }

    private static Map<Long, Boolean> present(Set<Long> ids) {
        Map<Long, Boolean> present = new HashMap<>();
        ids.forEach(id -> present.put(id, Boolean.TRUE));
        return present;
    }
}
