package ai.assistants.application.port.out;

import ai.assistants.application.catalog.LanguageView;
import ai.assistants.application.catalog.ModelView;
import ai.assistants.application.catalog.ProviderView;
import ai.assistants.application.catalog.VoiceView;
import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ModelKind;

import java.util.List;
import java.util.Optional;

/** Platform-wide reference data as callers browse it: each listing filtered in storage. */
public interface ReferenceCatalog {

    List<LanguageView> listLanguages();

    List<VoiceView> listVoices(Optional<EngineMode> mode, Optional<Long> languageId);

    List<ModelView> listModels(ModelKind kind, Optional<EngineMode> mode);

    List<ProviderView> listSynthesizerProviders(Optional<Long> languageId);

    List<ProviderView> listTranscriberProviders(Optional<Long> languageId);
}
