package ai.assistants.adapters.persistence.account;

import ai.assistants.adapters.persistence.row.IdentifiedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** Read only: {@link JpaAccounts} writes accounts in SQL, to learn the id the database gives them. */
@Entity
@Table(name = "accounts")
public class AccountEntity extends IdentifiedRow {

    @Column(name = "name")
    private String name;

    @Column(name = "email")
    private String email;

    @Column(name = "mid_call_tool_limit")
    private Integer midCallToolLimit;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public Integer getMidCallToolLimit() {
        return midCallToolLimit;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
