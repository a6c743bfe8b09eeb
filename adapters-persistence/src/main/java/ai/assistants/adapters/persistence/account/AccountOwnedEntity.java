package ai.assistants.adapters.persistence.account;

import ai.assistants.adapters.persistence.row.IdentifiedRow;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A row that belongs to one account: queries keep to the caller's rows, or find a key's account, by {@code accountId}. */
@MappedSuperclass
public abstract class AccountOwnedEntity extends IdentifiedRow {

    @Column(name = "account_id")
    private Long accountId;

    public Long getAccountId() {
        return accountId;
    }
}
