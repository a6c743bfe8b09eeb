package ai.assistants.adapters.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

/** The columns LLM and multimodal models share; their ids are separate namespaces, hence two tables. */
@MappedSuperclass
public abstract class ModelEntity extends ReferenceEntity {

    @Column(name = "code")
    private String code;

    @Embedded
    private EngineModes modes;

    public String getCode() {
        return code;
    }

    public EngineModes getModes() {
        return modes;
    }
}
