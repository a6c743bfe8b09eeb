package ai.assistants.application.fake;

import ai.assistants.application.catalog.LanguageView;
import ai.assistants.application.catalog.ModelView;
import ai.assistants.application.catalog.ProviderView;
import ai.assistants.application.catalog.VoiceView;
import ai.assistants.application.port.out.ReferenceCatalog;
import ai.assistants.application.port.out.ReferenceData;
import ai.assistants.application.port.out.ReferenceSnapshot;
import ai.assistants.application.port.out.ReferenceTables;
import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ModelFacts;
import ai.assistants.domain.reference.ModelKind;
import ai.assistants.domain.reference.ProviderFacts;
import ai.assistants.domain.reference.VoiceFacts;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Platform reference data in memory; lists come back in id order. Every port call is counted. */
public final class InMemoryReferenceData implements ReferenceData, ReferenceTables, ReferenceCatalog {

    private record Voice(VoiceFacts facts, VoiceView view) {
    }

    private record Model(ModelFacts facts, ModelView view) {
    }

    private record Provider(ProviderFacts facts, ProviderView view) {
    }

    private final Map<Long, LanguageView> languages = new TreeMap<>();
    private final Map<Long, Voice> voices = new TreeMap<>();
    private final Map<ModelKind, Map<Long, Model>> models = new EnumMap<>(Map.of(
            ModelKind.LLM, new TreeMap<>(), ModelKind.MULTIMODAL, new TreeMap<>()));
    private final Map<Long, Provider> synthesizerProviders = new TreeMap<>();
    private final Map<Long, Provider> transcriberProviders = new TreeMap<>();
    private final Map<Long, DefaultProviders> defaultProviders = new TreeMap<>();
    private final CallCounter calls = new CallCounter();

    public synchronized InMemoryReferenceData language(long id, String name, String iso2) {
        languages.put(id, new LanguageView(id, name, iso2));
        return this;
    }

    public synchronized InMemoryReferenceData voice(long id, long languageId, long synthesizerProviderId,
                                                    EngineMode... modes) {
        voices.put(id, new Voice(new VoiceFacts(id, languageId, modeSet(modes)),
                new VoiceView(id, "Voice " + id, languageId, "female", "https://voices.example.com/" + id + ".mp3",
                        "neutral", "adult", synthesizerProviderId)));
        return this;
    }

    /** An LLM; it runs pipeline assistants and serves as a chat fallback in any mode. */
    public synchronized InMemoryReferenceData llm(long id, String name) {
        models.get(ModelKind.LLM).put(id, new Model(new ModelFacts(id, ModelKind.LLM, EnumSet.of(EngineMode.PIPELINE)),
                new ModelView(id, name, null)));
        return this;
    }

    public synchronized InMemoryReferenceData multimodalModel(long id, String name, String code, EngineMode... modes) {
        models.get(ModelKind.MULTIMODAL).put(id, new Model(new ModelFacts(id, ModelKind.MULTIMODAL, modeSet(modes)),
                new ModelView(id, name, code)));
        return this;
    }

    public synchronized InMemoryReferenceData synthesizerProvider(long id, String code, Long... languageIds) {
        synthesizerProviders.put(id, provider(id, code, languageIds));
        return this;
    }

    public synchronized InMemoryReferenceData transcriberProvider(long id, String code, Long... languageIds) {
        transcriberProviders.put(id, provider(id, code, languageIds));
        return this;
    }

    public synchronized InMemoryReferenceData defaultProviders(long languageId, Long synthesizerProviderId,
                                                               Long transcriberProviderId) {
        defaultProviders.put(languageId, new DefaultProviders(synthesizerProviderId, transcriberProviderId));
        return this;
    }

    public CallCounter calls() {
        return calls;
    }

    @Override
    public synchronized Map<Long, VoiceFacts> voices(Set<Long> ids) {
        calls.record("voices");
        return pick(voices, ids, Voice::facts);
    }

    @Override
    public synchronized Set<Long> existingLanguages(Set<Long> ids) {
        calls.record("existingLanguages");
        return ids.stream().filter(languages::containsKey).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public synchronized Map<Long, ModelFacts> models(ModelKind kind, Set<Long> ids) {
        calls.record("models:" + kind);
        return pick(models.get(kind), ids, Model::facts);
    }

    @Override
    public synchronized Map<Long, ProviderFacts> synthesizerProviders(Set<Long> ids) {
        calls.record("synthesizerProviders");
        return pick(synthesizerProviders, ids, Provider::facts);
    }

    @Override
    public synchronized Map<Long, ProviderFacts> transcriberProviders(Set<Long> ids) {
        calls.record("transcriberProviders");
        return pick(transcriberProviders, ids, Provider::facts);
    }

    @Override
    public synchronized DefaultProviders defaultProviders(long languageId) {
        calls.record("defaultProviders");
        return defaultProviders.getOrDefault(languageId, DefaultProviders.NONE);
    }

    @Override
    public synchronized ReferenceSnapshot readAll() {
        calls.record("readAll");
        Map<ModelKind, Map<Long, ModelFacts>> modelFacts = new EnumMap<>(ModelKind.class);
        models.forEach((kind, rows) -> modelFacts.put(kind, pick(rows, rows.keySet(), Model::facts)));
        return new ReferenceSnapshot(pick(voices, voices.keySet(), Voice::facts), languages.keySet(), modelFacts,
                pick(synthesizerProviders, synthesizerProviders.keySet(), Provider::facts),
                pick(transcriberProviders, transcriberProviders.keySet(), Provider::facts), defaultProviders);
    }

    @Override
    public synchronized List<LanguageView> listLanguages() {
        calls.record("listLanguages");
        return List.copyOf(languages.values());
    }

    @Override
    public synchronized List<VoiceView> listVoices(Optional<EngineMode> mode, Optional<Long> languageId) {
        calls.record("listVoices");
        return voices.values().stream()
                .filter(voice -> mode.map(voice.facts().modes()::contains).orElse(true))
                .filter(voice -> languageId.map(id -> id == voice.facts().languageId()).orElse(true))
                .map(Voice::view)
                .toList();
    }

    @Override
    public synchronized List<ModelView> listModels(ModelKind kind, Optional<EngineMode> mode) {
        calls.record("listModels");
        return models.get(kind).values().stream()
                .filter(model -> mode.map(model.facts().modes()::contains).orElse(true))
                .map(Model::view)
                .toList();
    }

    @Override
    public synchronized List<ProviderView> listSynthesizerProviders(Optional<Long> languageId) {
        calls.record("listSynthesizerProviders");
        return supporting(synthesizerProviders.values(), languageId);
    }

    @Override
    public synchronized List<ProviderView> listTranscriberProviders(Optional<Long> languageId) {
        calls.record("listTranscriberProviders");
        return supporting(transcriberProviders.values(), languageId);
    }

    private static List<ProviderView> supporting(Collection<Provider> providers, Optional<Long> languageId) {
        return providers.stream()
                .filter(provider -> languageId.map(provider.facts().languageIds()::contains).orElse(true))
                .map(Provider::view)
                .toList();
    }

    private static <T, F> Map<Long, F> pick(Map<Long, T> rows, Set<Long> ids, Function<T, F> facts) {
        return ids.stream().filter(rows::containsKey)
                .collect(Collectors.toUnmodifiableMap(id -> id, id -> facts.apply(rows.get(id))));
    }

    private static Provider provider(long id, String code, Long... languageIds) {
        return new Provider(new ProviderFacts(id, Set.of(languageIds)),
                new ProviderView(id, code.toUpperCase(Locale.ROOT), code));
    }

    private static Set<EngineMode> modeSet(EngineMode... modes) {
        return modes.length == 0 ? EnumSet.noneOf(EngineMode.class) : EnumSet.copyOf(List.of(modes));
    }
}
