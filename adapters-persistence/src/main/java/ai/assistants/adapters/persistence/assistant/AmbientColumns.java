package ai.assistants.adapters.persistence.assistant;

import ai.assistants.adapters.persistence.codes.AmbientSoundConverter;
import ai.assistants.domain.assistant.AmbientSound;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public class AmbientColumns {

    @Convert(converter = AmbientSoundConverter.class)
    @Column(name = "ambient_sound")
    private AmbientSound ambientSound;

    @Column(name = "ambient_sound_volume")
    private BigDecimal ambientSoundVolume;

    public AmbientSound getAmbientSound() {
        return ambientSound;
    }

    public void setAmbientSound(AmbientSound ambientSound) {
        this.ambientSound = ambientSound;
    }

    public BigDecimal getAmbientSoundVolume() {
        return ambientSoundVolume;
    }

    public void setAmbientSoundVolume(BigDecimal ambientSoundVolume) {
        this.ambientSoundVolume = ambientSoundVolume;
    }
}
