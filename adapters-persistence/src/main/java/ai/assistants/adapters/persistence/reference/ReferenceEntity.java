package ai.assistants.adapters.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns every reference table has: a create names a row by its id, a listing shows its name.
 * A mapped superclass, not an entity: each table stays its own entity with its own id namespace.
 */
@MappedSuperclass
public abstract class ReferenceEntity {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "name")
    private String name;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
