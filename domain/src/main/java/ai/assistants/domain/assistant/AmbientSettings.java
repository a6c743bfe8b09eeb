package ai.assistants.domain.assistant;

import java.math.BigDecimal;

/** {@code ambientSound} is {@code null} when none was chosen. */
public record AmbientSettings(AmbientSound ambientSound, BigDecimal ambientSoundVolume) {
}
