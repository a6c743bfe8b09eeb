package ai.assistants.application.service;

import ai.assistants.application.port.out.ReferenceData;
import ai.assistants.application.port.out.ReferenceSnapshot;
import ai.assistants.application.port.out.ReferenceTables;
import ai.assistants.domain.reference.ModelFacts;
import ai.assistants.domain.reference.ModelKind;
import ai.assistants.domain.reference.ProviderFacts;
import ai.assistants.domain.reference.VoiceFacts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The reference tables in memory, read whole on first use, so that a create asks storage nothing
 * about them, whether its ids exist or not. A request naming an id the tables do not hold reads them
 * again, at most once per {@code rereadAfter}: an instance that was running when another one migrated
 * new rows in (a rolling upgrade) learns them without a restart, and a stream of unknown ids costs one
 * read per interval rather than one per request. A read that fails leaves nothing behind, so the
 * next request tries again.
 */
public final class LoadedReferenceData implements ReferenceData {

    private record Loaded(ReferenceSnapshot tables, Instant readAt) {
    }

    private final ReferenceTables source;
    private final Clock clock;
    private final Duration rereadAfter;
    private volatile Loaded loaded;

    public LoadedReferenceData(ReferenceTables source, Clock clock, Duration rereadAfter) {
        this.source = source;
        this.clock = clock;
        this.rereadAfter = rereadAfter;
    }

    @Override
    public Map<Long, VoiceFacts> voices(Set<Long> ids) {
        return answer(tables -> tables.voices(ids), tables -> holds(tables.voices().keySet(), ids));
    }

    @Override
    public Set<Long> existingLanguages(Set<Long> ids) {
        return answer(tables -> tables.existingLanguages(ids), tables -> holds(tables.languages(), ids));
    }

    @Override
    public Map<Long, ModelFacts> models(ModelKind kind, Set<Long> ids) {
        return answer(tables -> tables.models(kind, ids), tables -> holds(tables.models().get(kind).keySet(), ids));
    }

    @Override
    public Map<Long, ProviderFacts> synthesizerProviders(Set<Long> ids) {
        return answer(tables -> tables.synthesizerProviders(ids),
                tables -> holds(tables.synthesizerProviders().keySet(), ids));
    }

    @Override
    public Map<Long, ProviderFacts> transcriberProviders(Set<Long> ids) {
        return answer(tables -> tables.transcriberProviders(ids),
                tables -> holds(tables.transcriberProviders().keySet(), ids));
    }

    /** A language the tables do not hold yet may have defaults in storage: it counts as a miss. */
    @Override
    public DefaultProviders defaultProviders(long languageId) {
        return answer(tables -> tables.defaultProviders(languageId), tables -> tables.languages().contains(languageId));
    }

    private <R> R answer(Function<ReferenceSnapshot, R> lookUp, Predicate<ReferenceSnapshot> holdsEveryId) {
        Loaded current = loaded == null ? firstRead() : loaded;
        if (!holdsEveryId.test(current.tables()) && !clock.instant().isBefore(current.readAt().plus(rereadAfter))) {
            current = reread(current);
        }
        return lookUp.apply(current.tables());
    }

    private synchronized Loaded firstRead() {
        if (loaded == null) {
            loaded = read();
        }
        return loaded;
    }

    /** Unless another request has just read them again, while this one waited. */
    private synchronized Loaded reread(Loaded stale) {
        if (loaded == stale) {
            loaded = read();
        }
        return loaded;
    }

    private Loaded read() {
        return new Loaded(source.readAll(), clock.instant());
    }

    private static boolean holds(Set<Long> known, Set<Long> ids) {
        return ids.stream().allMatch(id -> id == null || known.contains(id));
    }
}
