package ai.assistants.application.service;

import ai.assistants.application.account.AccountView;
import ai.assistants.application.account.OwnedPhoneNumber;
import ai.assistants.application.port.in.AccountProfileQuery;
import ai.assistants.application.port.out.Accounts;
import ai.assistants.domain.assistant.AccountId;

import java.util.List;

public final class AccountProfileService implements AccountProfileQuery {

    private final Accounts accounts;

    public AccountProfileService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public AccountView me(AccountId caller) {
        return accounts.find(caller)
                .orElseThrow(() -> new IllegalStateException("The authenticated account " + caller.value() + " is gone"));
    }

    @Override
    public List<OwnedPhoneNumber> phoneNumbers(AccountId caller) {
        return accounts.numbers(caller);
    }
}
