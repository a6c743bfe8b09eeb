package ai.assistants.application.port.out;

import ai.assistants.application.assistant.AssistantDeletion;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantId;

import java.util.Optional;

public interface AssistantRepository {

    /**
     * Stores a new assistant, its inbound phone number assignment and the transfers it names, in one
     * transaction.
     *
     * @return the stored assistant, with its identity and timestamps
     * @throws PhoneNumberAlreadyAssignedException when another inbound assistant took the number
     *                                             first (the storage enforces it, so this holds under races)
     * @throws TransferTargetMissingException      when an assistant its {@code assistant_transfer} tools
     *                                             name was deleted meanwhile (enforced by the storage too)
     */
    Assistant saveNew(Assistant assistant);

    /** Empty when there is no such assistant or another account owns it. */
    Optional<Assistant> findOwned(AccountId owner, AssistantId id);

    /**
     * Deletes the owner's assistant {@code id}, its inbound phone number assignment and the transfers
     * it names, in one transaction, unless other assistants transfer calls to it. The storage decides
     * under a lock on the assistant, so a create or update that adds a transfer to it at the same time
     * either is refused ({@link TransferTargetMissingException}) or makes this delete refused. Ids are
     * never given again.
     */
    AssistantDeletion delete(AccountId owner, AssistantId id);
}
