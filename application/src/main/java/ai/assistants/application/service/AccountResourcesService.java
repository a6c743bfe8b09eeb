package ai.assistants.application.service;

import ai.assistants.application.catalog.PhoneNumberView;
import ai.assistants.application.port.in.BrowseAccountResourcesQuery;
import ai.assistants.application.port.out.AccountResources;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.AssistantType;
import ai.assistants.domain.reference.PhoneNumberType;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

public final class AccountResourcesService implements BrowseAccountResourcesQuery {

    private final AccountResources accountResources;

    public AccountResourcesService(AccountResources accountResources) {
        this.accountResources = accountResources;
    }

    @Override
    public List<PhoneNumberView> phoneNumbers(AccountId caller, Optional<AssistantType> usableFor) {
        List<PhoneNumberView> numbers = accountResources.listPhoneNumbers(caller);
        if (usableFor.filter(AssistantType.INBOUND::equals).isEmpty()) {
            return numbers;
        }
        return numbers.stream().filter(usableByNewInboundAssistant()).toList();
    }

    // The same two conditions the create rules check for an inbound phone_number_id, so a number
    // offered here is one the caller can actually pick.
    private static Predicate<PhoneNumberView> usableByNewInboundAssistant() {
        return number -> number.type() != PhoneNumberType.CALLER_ID && number.isAvailable();
    }
}
