package ai.assistants.adapters.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "languages")
public class LanguageEntity extends ReferenceEntity {

    @Column(name = "iso_2")
    private String iso2;

    public String getIso2() {
        return iso2;
    }
}
