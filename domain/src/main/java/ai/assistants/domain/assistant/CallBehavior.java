package ai.assistants.domain.assistant;

/** {@code fillerConfig} is {@code null} when the language's default fillers apply. */
public record CallBehavior(
        boolean allowInterruptions,
        boolean fillers,
        FillerConfig fillerConfig,
        boolean record,
        boolean enableNoiseCancellation,
        boolean waitForCustomer) {
}
