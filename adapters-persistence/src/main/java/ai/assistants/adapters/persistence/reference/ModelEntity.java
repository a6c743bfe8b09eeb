package ai.assistants.adapters.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The columns LLM and multimodal models share; their ids are separate namespaces, hence two tables. */
@MappedSuperclass
public abstract class ModelEntity implements Identified {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "name")
    private String name;

    @Column(name = "code")
    private String code;

    @Embedded
    private EngineModes modes;

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public EngineModes getModes() {
        return modes;
    }
}
