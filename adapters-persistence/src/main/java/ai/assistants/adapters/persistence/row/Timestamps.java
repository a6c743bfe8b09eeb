package ai.assistants.adapters.persistence.row;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The {@code updated_at} a changed row gets: its ETag, so no two versions of a row may share one. */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * Now, but after {@code previous}: a clock that stands still or steps back between two changes of
     * a row still gives the second one its own value. Microseconds, which both databases keep, so the
     * value answered equals what a later read returns.
     */
    public static Instant laterThan(Instant previous) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return now.isAfter(previous) ? now : previous.plus(1, ChronoUnit.MICROS);
    }

    /** {@link #laterThan(Instant)} for a column read as an offset date-time, answered in UTC. */
    public static OffsetDateTime laterThan(OffsetDateTime previous) {
        return OffsetDateTime.ofInstant(laterThan(previous.toInstant()), ZoneOffset.UTC);
    }
}
