package ai.assistants.application.service;

import ai.assistants.application.catalog.LanguageView;
import ai.assistants.application.catalog.ModelView;
import ai.assistants.application.catalog.ProviderView;
import ai.assistants.application.catalog.VoiceView;
import ai.assistants.application.port.in.BrowseCatalogQuery;
import ai.assistants.application.port.out.ReferenceCatalog;
import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ModelKind;

import java.util.List;
import java.util.Optional;

public final class CatalogService implements BrowseCatalogQuery {

    private final ReferenceCatalog referenceData;

    public CatalogService(ReferenceCatalog referenceData) {
        this.referenceData = referenceData;
    }

    @Override
    public List<LanguageView> languages() {
        return referenceData.listLanguages();
    }

    @Override
    public List<VoiceView> voices(Optional<EngineMode> mode, Optional<Long> languageId) {
        return referenceData.listVoices(mode, languageId);
    }

    @Override
    public List<ModelView> models(ModelKind kind, Optional<EngineMode> mode) {
        return referenceData.listModels(kind, mode);
    }

    @Override
    public List<ProviderView> synthesizerProviders(Optional<Long> languageId) {
        return referenceData.listSynthesizerProviders(languageId);
    }

    @Override
    public List<ProviderView> transcriberProviders(Optional<Long> languageId) {
        return referenceData.listTranscriberProviders(languageId);
    }
}
