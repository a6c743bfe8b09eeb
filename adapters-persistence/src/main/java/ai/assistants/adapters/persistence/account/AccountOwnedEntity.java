package ai.assistants.adapters.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A row that belongs to one account: queries keep to the caller's rows, or find a key's account, by {@code accountId}. */
@MappedSuperclass
public abstract class AccountOwnedEntity {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }
}
