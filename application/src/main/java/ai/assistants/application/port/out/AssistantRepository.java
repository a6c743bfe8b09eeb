package ai.assistants.application.port.out;

import ai.assistants.application.assistant.AssistantDeletion;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantType;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

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
     * @throws OwnedReferenceMissingException     when a mid-call tool, knowledge base, folder or label it
     *                                             names was deleted meanwhile
     * @throws PhoneNumberMissingException         when a phone number it uses was deleted meanwhile
     */
    Assistant saveNew(Assistant assistant);

    /** Empty when there is no such assistant or another account owns it. */
    Optional<Assistant> findOwned(AccountId owner, AssistantId id);

    /**
     * Changes one of the owner's assistants in one transaction: {@code change} gets the stored
     * assistant, locked so that no other change of it runs in between, and what it returns is written
     * with a new {@code updatedAt}, with its inbound phone number assignment. Nothing is written when it
     * returns the assistant it was given, or throws.
     *
     * @return the assistant as written (or as stored, when unchanged); empty when the owner has no such assistant
     * @throws PhoneNumberAlreadyAssignedException when another inbound assistant holds the number the
     *                                             change assigns (the storage enforces it, so this holds under races)
     * @throws TransferTargetMissingException      when an assistant the change transfers to was deleted meanwhile
     * @throws OwnedReferenceMissingException     when a mid-call tool, knowledge base, folder or label the
     *                                             change names was deleted meanwhile
     * @throws PhoneNumberMissingException         when a phone number the change comes to use was deleted meanwhile
     */
    Optional<Assistant> change(AccountId owner, AssistantId id, UnaryOperator<Assistant> change);

    /**
     * At most {@code limit} of the owner's assistants in ascending id order, skipping the first
     * {@code offset}: one bounded read whatever the sizes of the assistants' lists.
     */
    List<Assistant> findOwnedPage(AccountId owner, long offset, int limit);

    /** How many assistants the owner has, counted by the store rather than by loading them. */
    long countOwned(AccountId owner);

    /** All of the owner's assistants in ascending id order; only those of {@code type} when it is given. */
    List<Assistant> findAllOwned(AccountId owner, Optional<AssistantType> type);

    /**
     * Deletes the owner's assistant {@code id}, its inbound phone number assignment and the transfers
     * it names, in one transaction, unless other assistants transfer calls to it. The storage decides
     * under a lock on the assistant, so a create or update that adds a transfer to it at the same time
     * either is refused ({@link TransferTargetMissingException}) or makes this delete refused. Ids are
     * never given again.
     */
    AssistantDeletion delete(AccountId owner, AssistantId id);
}
