package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.constraint.Between;

/** Seconds; {@code maxInitialSilenceDuration} is {@code null} when not limited. */
public record TimingSettings(
        @Between(min = "20", max = "1200") Long maxDuration,
        @Between(min = "1", max = "360") Long maxSilenceDuration,
        @Between(min = "1", max = "120") Long maxInitialSilenceDuration,
        @Between(min = "1", max = "60") Long ringingTime) {

    public static final TimingSettings DEFAULTS = new TimingSettings(600L, 40L, null, 30L);
    static final TimingSettings NONE = new TimingSettings(null, null, null, null);

    TimingSettings withDefaults() {
        return new TimingSettings(Absent.or(maxDuration, DEFAULTS.maxDuration),
                Absent.or(maxSilenceDuration, DEFAULTS.maxSilenceDuration), maxInitialSilenceDuration,
                Absent.or(ringingTime, DEFAULTS.ringingTime));
    }
}
