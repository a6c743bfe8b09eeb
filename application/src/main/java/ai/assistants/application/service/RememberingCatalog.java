package ai.assistants.application.service;

import ai.assistants.application.catalog.LanguageView;
import ai.assistants.application.catalog.ModelView;
import ai.assistants.application.catalog.ProviderView;
import ai.assistants.application.catalog.VoiceView;
import ai.assistants.application.port.out.ReferenceCatalog;
import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ModelKind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The look-ups list reference data, which only migrations change, before the service takes
 * traffic: each listing is read from storage once per process and answered from memory after.
 * Only a listing that found something is remembered, so memory is bounded by the reference tables
 * whatever filters callers send; a filter that matches nothing is asked for every time.
 */
public final class RememberingCatalog implements ReferenceCatalog {

    private final ReferenceCatalog source;
    private final Map<Listing, List<?>> listings = new ConcurrentHashMap<>();

    public RememberingCatalog(ReferenceCatalog source) {
        this.source = source;
    }

    /** One listing: which one, and the filters it was asked with. */
    private record Listing(String name, Object first, Object second) {
    }

    @Override
    public List<LanguageView> listLanguages() {
        return remembered(new Listing("languages", null, null), source::listLanguages);
    }

    @Override
    public List<VoiceView> listVoices(Optional<EngineMode> mode, Optional<Long> languageId) {
        return remembered(new Listing("voices", mode, languageId), () -> source.listVoices(mode, languageId));
    }

    @Override
    public List<ModelView> listModels(ModelKind kind, Optional<EngineMode> mode) {
        return remembered(new Listing("models", kind, mode), () -> source.listModels(kind, mode));
    }

    @Override
    public List<ProviderView> listSynthesizerProviders(Optional<Long> languageId) {
        return remembered(new Listing("synthesizer providers", languageId, null),
                () -> source.listSynthesizerProviders(languageId));
    }

    @Override
    public List<ProviderView> listTranscriberProviders(Optional<Long> languageId) {
        return remembered(new Listing("transcriber providers", languageId, null),
                () -> source.listTranscriberProviders(languageId));
    }

    @SuppressWarnings("unchecked") // each listing's key is only ever stored with that listing's own type
    private <V> List<V> remembered(Listing listing, Supplier<List<V>> read) {
        List<V> known = (List<V>) listings.get(listing);
        if (known != null) {
            return known;
        }
        List<V> found = List.copyOf(read.get());
        if (!found.isEmpty()) {
            listings.put(listing, found);
        }
        return found;
    }
}
