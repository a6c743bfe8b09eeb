package ai.assistants.adapters.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "knowledgebases")
public class KnowledgebaseEntity extends AccountOwnedEntity {

    @Column(name = "name")
    private String name;

    @Column(name = "status")
    private String status;

    public String getName() {
        return name;
    }

    public String getStatus() {
        return status;
    }
}
