package ai.assistants.adapters.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A folder's or a label's row: the two tables have the same columns. {@code normalizedName} is what
 * the unique key compares, written from the name by the adapter.
 */
@MappedSuperclass
public abstract class CategoryEntity {

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "name")
    private String name;

    @Column(name = "normalized_name")
    private String normalizedName;

    @Column(name = "color")
    private String color;

    public abstract Long getId();

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNormalizedName() {
        return normalizedName;
    }

    public void setNormalizedName(String normalizedName) {
        this.normalizedName = normalizedName;
    }

    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
    }
}
