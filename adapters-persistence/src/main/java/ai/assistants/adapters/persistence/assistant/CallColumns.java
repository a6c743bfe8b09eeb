package ai.assistants.adapters.persistence.assistant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** {@code fillerConfig} is JSON; {@code null} when the language defaults apply. */
@Embeddable
public class CallColumns {

    @Column(name = "allow_interruptions")
    private Boolean allowInterruptions;

    @Column(name = "fillers")
    private Boolean fillers;

    @Column(name = "filler_config")
    private String fillerConfig;

    @Column(name = "record_calls")
    private Boolean record;

    @Column(name = "enable_noise_cancellation")
    private Boolean enableNoiseCancellation;

    @Column(name = "wait_for_customer")
    private Boolean waitForCustomer;

    public Boolean getAllowInterruptions() {
        return allowInterruptions;
    }

    public void setAllowInterruptions(Boolean allowInterruptions) {
        this.allowInterruptions = allowInterruptions;
    }

    public Boolean getFillers() {
        return fillers;
    }

    public void setFillers(Boolean fillers) {
        this.fillers = fillers;
    }

    public String getFillerConfig() {
        return fillerConfig;
    }

    public void setFillerConfig(String fillerConfig) {
        this.fillerConfig = fillerConfig;
    }

    public Boolean getRecord() {
        return record;
    }

    public void setRecord(Boolean record) {
        this.record = record;
    }

    public Boolean getEnableNoiseCancellation() {
        return enableNoiseCancellation;
    }

    public void setEnableNoiseCancellation(Boolean enableNoiseCancellation) {
        this.enableNoiseCancellation = enableNoiseCancellation;
    }

    public Boolean getWaitForCustomer() {
        return waitForCustomer;
    }

    public void setWaitForCustomer(Boolean waitForCustomer) {
        this.waitForCustomer = waitForCustomer;
    }
}
