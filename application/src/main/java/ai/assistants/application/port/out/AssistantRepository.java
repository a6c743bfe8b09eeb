package ai.assistants.application.port.out;

import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantId;

import java.util.Optional;

public interface AssistantRepository {

    /**
     * Stores a new assistant, and its inbound phone number assignment, in one transaction.
     *
     * @return the stored assistant, with its identity and timestamps
     * @throws PhoneNumberAlreadyAssignedException when another inbound assistant took the number
     *                                             first (the storage enforces it, so this holds under races)
     */
    Assistant saveNew(Assistant assistant);

    /** Empty when there is no such assistant or another account owns it. */
    Optional<Assistant> findOwned(AccountId owner, AssistantId id);
}
