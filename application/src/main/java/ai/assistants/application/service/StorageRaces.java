package ai.assistants.application.service;

import ai.assistants.application.port.out.OwnedReferenceMissingException;
import ai.assistants.application.port.out.PhoneNumberMissingException;
import ai.assistants.application.port.out.TransferTargetMissingException;
import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.application.port.out.PhoneNumberAlreadyAssignedException;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Violations;

/**
 * Races the storage lost for a request after the facts said yes: the caller gets the answer it
 * would have had if the other request had come first.
 */
final class StorageRaces {

    private static final FieldPath PHONE_NUMBER = FieldPath.of("phoneNumberId");

    private StorageRaces() {
    }

    /**
     * The facts as they are once a reference the request names was deleted between our read and our
     * write (a transfer target; a mid-call tool, knowledge base, folder or label; a phone number):
     * judged again on them, the request is refused as if the reference had never existed.
     */
    static ReferenceFacts without(ReferenceFacts facts, RuntimeException referenceGone) {
        if (referenceGone instanceof TransferTargetMissingException gone) {
            return facts.withoutAssistants(gone.missingIds());
        }
        if (referenceGone instanceof OwnedReferenceMissingException gone) {
            return facts.withoutOwned(gone.kind(), gone.missingIds());
        }
        if (referenceGone instanceof PhoneNumberMissingException gone) {
            return facts.withoutPhoneNumbers(gone.missingIds());
        }
        throw new IllegalArgumentException("Not a reference gone in a race", referenceGone);
    }

    /** Another inbound assistant took the number between our read and our write. */
    static InvalidAssistantException phoneNumberTaken(PhoneNumberAlreadyAssignedException raceLost) {
        return new InvalidAssistantException(new Violations().add(PHONE_NUMBER, Rule.PHONE_NUMBER_TAKEN), null);
    }
}
