package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.constraint.Between;

import java.math.BigDecimal;

public record EndpointingSettings(
        EndpointType endpointType,
        @Between(min = "0", max = "5") BigDecimal endpointSensitivity,
        @Between(min = "0", max = "5") BigDecimal interruptSensitivity,
        @Between(min = "0", max = "10") Long minInterruptWords) {

    public static final EndpointingSettings DEFAULTS =
            new EndpointingSettings(EndpointType.VAD, new BigDecimal("0.5"), new BigDecimal("0.5"), null);
    static final EndpointingSettings NONE = new EndpointingSettings(null, null, null, null);

    EndpointingSettings withDefaults() {
        return new EndpointingSettings(Absent.or(endpointType, DEFAULTS.endpointType),
                Absent.or(endpointSensitivity, DEFAULTS.endpointSensitivity),
                Absent.or(interruptSensitivity, DEFAULTS.interruptSensitivity), minInterruptWords);
    }
}
