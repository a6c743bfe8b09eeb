package ai.assistants.adapters.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A key known only by its lowercase hex SHA-256. */
@Entity
@Table(name = "api_keys")
public class ApiKeyEntity extends AccountOwnedEntity {

    @Column(name = "key_hash")
    private String keyHash;

    public String getKeyHash() {
        return keyHash;
    }
}
