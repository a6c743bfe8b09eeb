package ai.assistants.application.service;

import ai.assistants.application.fake.FakeWorld;
import ai.assistants.application.fake.InMemoryReferenceData;
import ai.assistants.application.port.out.ReferenceData.DefaultProviders;
import ai.assistants.domain.reference.ModelKind;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RememberingReferenceDataTest {

    private final InMemoryReferenceData storage = new FakeWorld().referenceData;
    private final RememberingReferenceData remembering = new RememberingReferenceData(storage);

    @Test
    void answersWhatItHasSeenFromMemory() {
        assertThat(remembering.voices(Set.of(1L, 2L))).containsOnlyKeys(1L, 2L);
        storage.calls().reset();

        assertThat(remembering.voices(Set.of(2L, 1L))).containsOnlyKeys(1L, 2L);
        assertThat(remembering.existingLanguages(Set.of(1L))).containsExactly(1L);
        assertThat(remembering.existingLanguages(Set.of(1L))).containsExactly(1L);

        assertThat(storage.calls().count("voices")).isZero();
        assertThat(storage.calls().count("existingLanguages")).isEqualTo(1);
    }

    @Test
    void asksOnlyForWhatItHasNotSeen() {
        remembering.voices(Set.of(1L));
        storage.calls().reset();

        assertThat(remembering.voices(Set.of(1L, 3L))).containsOnlyKeys(1L, 3L);

        assertThat(storage.calls().count("voices")).isEqualTo(1);
        assertThat(remembering.voices(Set.of(3L))).containsOnlyKeys(3L);
        assertThat(storage.calls().count("voices")).isEqualTo(1);
    }

    @Test
    void asksAgainForAnIdThatDoesNotExistSoMemoryStaysBounded() {
        assertThat(remembering.voices(Set.of(999L))).isEmpty();
        assertThat(remembering.voices(Set.of(999L))).isEmpty();
        assertThat(remembering.existingLanguages(Set.of(999L))).isEmpty();
        assertThat(remembering.existingLanguages(Set.of(999L))).isEmpty();

        assertThat(storage.calls().count("voices")).isEqualTo(2);
        assertThat(storage.calls().count("existingLanguages")).isEqualTo(2);
    }

    @Test
    void keepsModelsOfEachKindApartBecauseTheirIdsMayBeEqual() {
        assertThat(remembering.models(ModelKind.LLM, Set.of(1L)).get(1L).kind()).isEqualTo(ModelKind.LLM);
        assertThat(remembering.models(ModelKind.MULTIMODAL, Set.of(1L)).get(1L).kind()).isEqualTo(ModelKind.MULTIMODAL);
        assertThat(remembering.models(ModelKind.LLM, Set.of(1L)).get(1L).kind()).isEqualTo(ModelKind.LLM);
    }

    @Test
    void remembersTheDefaultProvidersOfALanguageThatHasThem() {
        DefaultProviders first = remembering.defaultProviders(1L);
        DefaultProviders second = remembering.defaultProviders(1L);
        remembering.defaultProviders(5L);
        remembering.defaultProviders(5L);

        assertThat(second).isEqualTo(first);
        assertThat(first.synthesizerProviderId()).isEqualTo(FakeWorld.DEFAULT_SYNTHESIZER);
        assertThat(storage.calls().count("defaultProviders")).isEqualTo(3);
    }
}
