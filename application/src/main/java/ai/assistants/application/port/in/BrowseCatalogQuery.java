package ai.assistants.application.port.in;

import ai.assistants.application.catalog.LanguageView;
import ai.assistants.application.catalog.ModelView;
import ai.assistants.application.catalog.ProviderView;
import ai.assistants.application.catalog.VoiceView;
import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ModelKind;

import java.util.List;
import java.util.Optional;

/** The platform-wide reference data a caller picks from. */
public interface BrowseCatalogQuery {

    List<LanguageView> languages();

    List<VoiceView> voices(Optional<EngineMode> mode, Optional<Long> languageId);

    /** LLMs, or the multimodal models that support {@code mode} when one is given. */
    List<ModelView> models(ModelKind kind, Optional<EngineMode> mode);

    List<ProviderView> synthesizerProviders(Optional<Long> languageId);

    List<ProviderView> transcriberProviders(Optional<Long> languageId);
}
