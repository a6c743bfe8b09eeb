package ai.assistants.adapters.persistence.assistant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The phone number an inbound assistant answers; the table's unique key allows one per number. */
@Entity
@Table(name = "inbound_assignments")
public class InboundAssignmentEntity {

    /** The constraint whose violation means "already held by another inbound assistant". */
    public static final String UNIQUE_PHONE_NUMBER = "uq_inbound_assignments_phone_number";

    @Id
    @Column(name = "assistant_id")
    private Long assistantId;

    @Column(name = "phone_number_id")
    private Long phoneNumberId;

    protected InboundAssignmentEntity() {
    }

    public InboundAssignmentEntity(Long assistantId, Long phoneNumberId) {
        this.assistantId = assistantId;
        this.phoneNumberId = phoneNumberId;
    }

    public Long getAssistantId() {
        return assistantId;
    }

    public Long getPhoneNumberId() {
        return phoneNumberId;
    }
}
