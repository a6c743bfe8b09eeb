package ai.assistants.adapters.persistence.reference;

import ai.assistants.adapters.persistence.row.IdentifiedRow;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns every reference table has: a create names a row by its id, a listing shows its name.
 * A mapped superclass, not an entity: each table stays its own entity with its own id namespace.
 */
@MappedSuperclass
public abstract class ReferenceEntity extends IdentifiedRow {

    @Column(name = "name")
    private String name;

    public String getName() {
        return name;
    }
}
