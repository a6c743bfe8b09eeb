package ai.assistants.adapters.persistence.row;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A row the service reads by the id the database gave it. */
@MappedSuperclass
public abstract class IdentifiedRow {

    @Id
    @Column(name = "id")
    private Long id;

    public Long getId() {
        return id;
    }
}
