package ai.assistants.domain.assistant;

import jakarta.validation.Valid;

/** {@code fillerConfig} is {@code null} when the language's default fillers apply. */
public record CallBehavior(
        Boolean allowInterruptions,
        Boolean fillers,
        @Valid FillerConfig fillerConfig,
        Boolean record,
        Boolean enableNoiseCancellation,
        Boolean waitForCustomer) {

    public static final CallBehavior DEFAULTS = new CallBehavior(true, false, null, false, true, false);
    static final CallBehavior NONE = new CallBehavior(null, null, null, null, null, null);

    CallBehavior withDefaults() {
        return new CallBehavior(Absent.or(allowInterruptions, DEFAULTS.allowInterruptions),
                Absent.or(fillers, DEFAULTS.fillers), fillerConfig == null ? null : fillerConfig.copy(),
                Absent.or(record, DEFAULTS.record), Absent.or(enableNoiseCancellation, DEFAULTS.enableNoiseCancellation),
                Absent.or(waitForCustomer, DEFAULTS.waitForCustomer));
    }
}
