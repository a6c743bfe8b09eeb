package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.constraint.Between;

import java.math.BigDecimal;

/** {@code ambientSound} is {@code null} when none was chosen. */
public record AmbientSettings(AmbientSound ambientSound, @Between(min = "0", max = "1") BigDecimal ambientSoundVolume) {

    public static final AmbientSettings DEFAULTS = new AmbientSettings(null, new BigDecimal("0.5"));
    static final AmbientSettings NONE = new AmbientSettings(null, null);

    AmbientSettings withDefaults() {
        return new AmbientSettings(ambientSound, Absent.or(ambientSoundVolume, DEFAULTS.ambientSoundVolume));
    }
}
