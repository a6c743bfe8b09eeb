package ai.assistants.application.service;

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

    /** Another inbound assistant took the number between our read and our write. */
    static InvalidAssistantException phoneNumberTaken(PhoneNumberAlreadyAssignedException raceLost) {
        return new InvalidAssistantException(new Violations().add(PHONE_NUMBER, Rule.PHONE_NUMBER_TAKEN), null);
    }
}
