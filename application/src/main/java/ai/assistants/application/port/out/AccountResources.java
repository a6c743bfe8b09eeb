package ai.assistants.application.port.out;

import ai.assistants.application.catalog.PhoneNumberView;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.reference.PhoneNumberFacts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an account owns. Every answer is filtered by {@code owner}: another account's id is
 * absent, exactly like an unknown one. Each look-up is one call whatever the size of the set;
 * an empty set costs no query.
 */
public interface AccountResources {

    Map<Long, PhoneNumberFacts> phoneNumbers(AccountId owner, Set<Long> ids);

    Set<Long> existingMidCallTools(AccountId owner, Set<Long> ids);

    Set<Long> existingKnowledgebases(AccountId owner, Set<Long> ids);

    Set<Long> existingAssistants(AccountId owner, Set<Long> ids);

    Set<Long> existingFolders(AccountId owner, Set<Long> ids);

    Set<Long> existingLabels(AccountId owner, Set<Long> ids);

    /** All the owner's numbers, each with whether an inbound assistant holds it. */
    List<PhoneNumberView> listPhoneNumbers(AccountId owner);
}
