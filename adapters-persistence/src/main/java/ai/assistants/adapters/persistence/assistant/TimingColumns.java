package ai.assistants.adapters.persistence.assistant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class TimingColumns {

    @Column(name = "max_duration")
    private Integer maxDuration;

    @Column(name = "max_silence_duration")
    private Integer maxSilenceDuration;

    @Column(name = "max_initial_silence_duration")
    private Integer maxInitialSilenceDuration;

    @Column(name = "ringing_time")
    private Integer ringingTime;

    public Integer getMaxDuration() {
        return maxDuration;
    }

    public void setMaxDuration(Integer maxDuration) {
        this.maxDuration = maxDuration;
    }

    public Integer getMaxSilenceDuration() {
        return maxSilenceDuration;
    }

    public void setMaxSilenceDuration(Integer maxSilenceDuration) {
        this.maxSilenceDuration = maxSilenceDuration;
    }

    public Integer getMaxInitialSilenceDuration() {
        return maxInitialSilenceDuration;
    }

    public void setMaxInitialSilenceDuration(Integer maxInitialSilenceDuration) {
        this.maxInitialSilenceDuration = maxInitialSilenceDuration;
    }

    public Integer getRingingTime() {
        return ringingTime;
    }

    public void setRingingTime(Integer ringingTime) {
        this.ringingTime = ringingTime;
    }
}
