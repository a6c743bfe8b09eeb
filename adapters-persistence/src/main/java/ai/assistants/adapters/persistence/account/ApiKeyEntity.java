package ai.assistants.adapters.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A key known only by its lowercase hex SHA-256. */
@Entity
@Table(name = "api_keys")
public class ApiKeyEntity extends AccountOwnedEntity {

    @Column(name = "key_hash")
    private String keyHash;

    @Column(name = "label")
    private String label;

    @Column(name = "last_four")
    private String lastFour;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    public String getKeyHash() {
        return keyHash;
    }

    public String getLabel() {
        return label;
    }

    public String getLastFour() {
        return lastFour;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
