package ai.assistants.application.service;

import ai.assistants.application.catalog.LanguageView;
import ai.assistants.application.catalog.ModelView;
import ai.assistants.application.catalog.ProviderView;
import ai.assistants.application.catalog.VoiceView;
import ai.assistants.application.fake.FakeWorld;
import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ModelKind;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogServiceTest {

    private final FakeWorld world = new FakeWorld();
    private final CatalogService service = new CatalogService(world.referenceData);

    @Test
    void listsTheLanguages() {
        assertThat(service.languages()).extracting(LanguageView::iso2).containsExactly("en", "de", "es", "fr", "ro");
    }

    @Test
    void passesTheVoiceFiltersOn() {
        assertThat(service.voices(Optional.of(EngineMode.MULTIMODAL), Optional.of(1L)))
                .extracting(VoiceView::id).containsExactly(1L, 3L);
        assertThat(service.voices(Optional.empty(), Optional.of(2L))).isEmpty();
    }

    @Test
    void listsModelsOfTheAskedKindAndMode() {
        assertThat(service.models(ModelKind.LLM, Optional.empty()))
                .containsExactly(new ModelView(1, "GPT Small", null), new ModelView(2, "GPT Large", null));
        assertThat(service.models(ModelKind.MULTIMODAL, Optional.of(EngineMode.DUALPLEX)))
                .extracting(ModelView::code).containsExactly("realtime");
    }

    @Test
    void listsProvidersForALanguage() {
        assertThat(service.synthesizerProviders(Optional.of(1L))).extracting(ProviderView::id)
                .containsExactly(1L, FakeWorld.DEFAULT_SYNTHESIZER);
        assertThat(service.transcriberProviders(Optional.of(42L))).isEmpty();
    }
}
