package ai.assistants.adapters.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "folders")
public class FolderEntity extends CategoryEntity {

    /** The unique key on the account and the normalized name; its violation is how a taken name is recognised. */
    static final String UNIQUE_NAME = "uq_folders_normalized_name";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "folders_id")
    @SequenceGenerator(name = "folders_id", sequenceName = "folders_id_seq", allocationSize = 1)
    @Column(name = "id")
    private Long id;

    @Override
    public Long getId() {
        return id;
    }
}
