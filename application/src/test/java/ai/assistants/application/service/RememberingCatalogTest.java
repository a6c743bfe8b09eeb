package ai.assistants.application.service;

import ai.assistants.application.fake.FakeWorld;
import ai.assistants.application.fake.InMemoryReferenceData;
import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ModelKind;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RememberingCatalogTest {

    private final InMemoryReferenceData storage = new FakeWorld().referenceData;
    private final RememberingCatalog remembering = new RememberingCatalog(storage);

    @Test
    void readsEachListingOnceAndAnswersItFromMemoryAfter() {
        assertThat(remembering.listLanguages()).isEqualTo(storage.listLanguages());
        storage.calls().reset();

        assertThat(remembering.listLanguages()).isEqualTo(storage.listLanguages());
        assertThat(remembering.listLanguages()).isNotEmpty();

        assertThat(storage.calls().count("listLanguages")).isEqualTo(1);
    }

    @Test
    void keepsEachFilterApart() {
        assertThat(remembering.listModels(ModelKind.LLM, Optional.empty()))
                .isEqualTo(storage.listModels(ModelKind.LLM, Optional.empty()));
        assertThat(remembering.listModels(ModelKind.MULTIMODAL, Optional.of(EngineMode.DUALPLEX)))
                .isEqualTo(storage.listModels(ModelKind.MULTIMODAL, Optional.of(EngineMode.DUALPLEX)))
                .isNotEqualTo(storage.listModels(ModelKind.LLM, Optional.empty()));
        assertThat(remembering.listVoices(Optional.empty(), Optional.of(1L)))
                .isEqualTo(storage.listVoices(Optional.empty(), Optional.of(1L)));
        assertThat(remembering.listVoices(Optional.empty(), Optional.empty()))
                .isEqualTo(storage.listVoices(Optional.empty(), Optional.empty()));
    }

    @Test
    void asksAgainForAFilterThatMatchesNothingSoMemoryStaysBounded() {
        assertThat(remembering.listSynthesizerProviders(Optional.of(999L))).isEmpty();
        assertThat(remembering.listSynthesizerProviders(Optional.of(999L))).isEmpty();

        assertThat(storage.calls().count("listSynthesizerProviders")).isEqualTo(2);
    }
}
