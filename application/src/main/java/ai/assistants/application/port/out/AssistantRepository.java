package ai.assistants.application.port.out;

import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantType;

import java.util.List;
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

    /**
     * At most {@code limit} of the owner's assistants in ascending id order, skipping the first
     * {@code offset}: one bounded read whatever the sizes of the assistants' lists.
     */
    List<Assistant> findOwnedPage(AccountId owner, long offset, int limit);

    /** How many assistants the owner has, counted by the store rather than by loading them. */
    long countOwned(AccountId owner);

    /** All of the owner's assistants in ascending id order; only those of {@code type} when it is given. */
    List<Assistant> findAllOwned(AccountId owner, Optional<AssistantType> type);
}
