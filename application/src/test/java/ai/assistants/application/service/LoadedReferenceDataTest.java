package ai.assistants.application.service;

import ai.assistants.application.fake.FakeWorld;
import ai.assistants.application.fake.InMemoryReferenceData;
import ai.assistants.application.port.out.ReferenceData.DefaultProviders;
import ai.assistants.application.port.out.ReferenceSnapshot;
import ai.assistants.application.port.out.ReferenceTables;
import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ModelKind;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadedReferenceDataTest {

    private static final Duration REREAD_AFTER = Duration.ofMinutes(1);

    private final InMemoryReferenceData storage = new FakeWorld().referenceData;
    private final SettableClock clock = new SettableClock();
    private final LoadedReferenceData loaded = new LoadedReferenceData(storage, clock, REREAD_AFTER);

    @Test
    void readsTheTablesOnceAndAnswersEveryLookUpFromMemory() {
        assertThat(loaded.voices(Set.of(1L, 2L))).containsOnlyKeys(1L, 2L);
        assertThat(loaded.existingLanguages(Set.of(1L, 5L))).containsExactlyInAnyOrder(1L, 5L);
        assertThat(loaded.models(ModelKind.LLM, Set.of(2L))).containsOnlyKeys(2L);
        assertThat(loaded.synthesizerProviders(Set.of(1L)).get(1L).languageIds()).contains(1L, 5L);
        assertThat(loaded.transcriberProviders(Set.of(1L))).containsOnlyKeys(1L);
        assertThat(loaded.defaultProviders(1L))
                .isEqualTo(new DefaultProviders(FakeWorld.DEFAULT_SYNTHESIZER, FakeWorld.DEFAULT_TRANSCRIBER));
        assertThat(loaded.defaultProviders(5L)).isEqualTo(new DefaultProviders(null, null));

        assertThat(storage.calls().snapshot()).containsExactly(Map.entry("readAll", 1));
    }

    @Test
    void anUnknownIdIsAbsentAndCostsNoReadWithinTheInterval() {
        loaded.voices(Set.of(1L));
        clock.advance(REREAD_AFTER.minusSeconds(1));

        for (int request = 0; request < 100; request++) {
            assertThat(loaded.voices(Set.of(1L, 999_999L))).containsOnlyKeys(1L);
            assertThat(loaded.existingLanguages(Set.of(999L))).isEmpty();
            assertThat(loaded.models(ModelKind.MULTIMODAL, Set.of(7L))).isEmpty();
        }

        assertThat(storage.calls().count("readAll")).isEqualTo(1);
    }

    @Test
    void anUnknownIdReadsTheTablesAgainOncePerIntervalSoRowsMigratedInByAnotherInstanceAreSeen() {
        assertThat(loaded.voices(Set.of(4L))).isEmpty();
        storage.voice(4, 1, 1, EngineMode.PIPELINE);
        clock.advance(REREAD_AFTER);

        assertThat(loaded.voices(Set.of(4L))).containsOnlyKeys(4L);
        assertThat(loaded.voices(Set.of(999L))).isEmpty();
        assertThat(loaded.voices(Set.of(998L))).isEmpty();

        assertThat(storage.calls().count("readAll")).isEqualTo(2);
    }

    @Test
    void aLanguageNotYetInMemoryIsReadAgainBeforeItsDefaultsAreAnswered() {
        loaded.voices(Set.of(1L));
        storage.language(6, "Italian", "it").defaultProviders(6, 1L, 1L);
        clock.advance(REREAD_AFTER);

        assertThat(loaded.defaultProviders(6L)).isEqualTo(new DefaultProviders(1L, 1L));
    }

    @Test
    void keepsModelsOfEachKindApartBecauseTheirIdsMayBeEqual() {
        assertThat(loaded.models(ModelKind.LLM, Set.of(1L)).get(1L).kind()).isEqualTo(ModelKind.LLM);
        assertThat(loaded.models(ModelKind.MULTIMODAL, Set.of(1L)).get(1L).kind()).isEqualTo(ModelKind.MULTIMODAL);
    }

    @Test
    void aNullIdIsNeitherFoundNorAMiss() {
        Set<Long> withNull = new HashSet<>();
        withNull.add(null);
        withNull.add(1L);
        clock.advance(REREAD_AFTER.multipliedBy(2));

        assertThat(loaded.voices(withNull)).containsOnlyKeys(1L);
        assertThat(loaded.existingLanguages(withNull)).containsExactly(1L);
        assertThat(storage.calls().count("readAll")).isEqualTo(1);
    }

    @Test
    void aFailedReadIsNotRememberedAndTheNextRequestReadsAgain() {
        AtomicBoolean storageAway = new AtomicBoolean(true);
        ReferenceTables flaky = () -> {
            if (storageAway.get()) {
                throw new IllegalStateException("database unavailable");
            }
            return storage.readAll();
        };
        LoadedReferenceData afterOutage = new LoadedReferenceData(flaky, clock, REREAD_AFTER);

        assertThatThrownBy(() -> afterOutage.voices(Set.of(1L))).hasMessage("database unavailable");
        storageAway.set(false);

        assertThat(afterOutage.voices(Set.of(1L))).containsOnlyKeys(1L);
    }

    @Test
    void aSnapshotKeepsWhatItReadWhateverHappensToItsSource() {
        ReferenceSnapshot snapshot = storage.readAll();
        storage.voice(4, 1, 1, EngineMode.PIPELINE);

        assertThat(snapshot.voices(Set.of(4L))).isEmpty();
        assertThatThrownBy(() -> snapshot.models().put(ModelKind.LLM, Map.of()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.voices().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    /** Time that moves only when a test says so. */
    private static final class SettableClock extends Clock {

        private Instant now = Instant.parse("2026-12-03T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
