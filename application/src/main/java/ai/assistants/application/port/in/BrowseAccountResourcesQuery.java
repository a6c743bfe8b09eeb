package ai.assistants.application.port.in;

import ai.assistants.application.catalog.PhoneNumberView;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.AssistantType;

import java.util.List;
import java.util.Optional;

/** What the caller's own account holds. */
public interface BrowseAccountResourcesQuery {

    /**
     * For {@code INBOUND}, Caller ID numbers and numbers already held by an inbound assistant
     * are left out.
     */
    List<PhoneNumberView> phoneNumbers(AccountId caller, Optional<AssistantType> usableFor);
}
