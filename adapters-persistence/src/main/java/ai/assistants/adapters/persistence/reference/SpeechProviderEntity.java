package ai.assistants.adapters.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** The columns synthesizer and transcriber providers share. */
@MappedSuperclass
public abstract class SpeechProviderEntity extends ReferenceEntity {

    @Column(name = "code")
    private String code;

    public String getCode() {
        return code;
    }
}
