package ai.assistants.adapters.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The providers a language uses when an assistant names none. */
@Entity
@Table(name = "language_default_providers")
public class LanguageDefaultProvidersEntity {

    @Id
    @Column(name = "language_id")
    private Long languageId;

    @Column(name = "synthesizer_provider_id")
    private Long synthesizerProviderId;

    @Column(name = "transcriber_provider_id")
    private Long transcriberProviderId;

    public Long getLanguageId() {
        return languageId;
    }

    public Long getSynthesizerProviderId() {
        return synthesizerProviderId;
    }

    public Long getTranscriberProviderId() {
        return transcriberProviderId;
    }
}
