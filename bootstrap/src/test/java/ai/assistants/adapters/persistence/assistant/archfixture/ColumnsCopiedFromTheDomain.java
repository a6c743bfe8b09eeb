package ai.assistants.adapters.persistence.assistant.archfixture;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Deliberately breaks the rules: an embeddable that copies a domain record's fields as columns. */
@Embeddable
public class ColumnsCopiedFromTheDomain {

    @Column(name = "ringing_time")
    private Integer ringingTime;
}
