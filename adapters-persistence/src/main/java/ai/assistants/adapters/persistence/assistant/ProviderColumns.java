package ai.assistants.adapters.persistence.assistant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class ProviderColumns {

    @Column(name = "synthesizer_provider_id")
    private Long synthesizerProviderId;

    @Column(name = "transcriber_provider_id")
    private Long transcriberProviderId;

    public Long getSynthesizerProviderId() {
        return synthesizerProviderId;
    }

    public void setSynthesizerProviderId(Long synthesizerProviderId) {
        this.synthesizerProviderId = synthesizerProviderId;
    }

    public Long getTranscriberProviderId() {
        return transcriberProviderId;
    }

    public void setTranscriberProviderId(Long transcriberProviderId) {
        this.transcriberProviderId = transcriberProviderId;
    }
}
