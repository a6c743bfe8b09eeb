package ai.assistants.domain.assistant;

/** Seconds; {@code maxInitialSilenceDuration} is {@code null} when not limited. */
public record TimingSettings(
        int maxDuration,
        int maxSilenceDuration,
        Integer maxInitialSilenceDuration,
        int ringingTime) {
}
