package ai.assistants.domain.assistant;

import java.math.BigDecimal;

public record EndpointingSettings(
        EndpointType endpointType,
        BigDecimal endpointSensitivity,
        BigDecimal interruptSensitivity,
        Integer minInterruptWords) {
}
