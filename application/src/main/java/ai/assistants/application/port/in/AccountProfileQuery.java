package ai.assistants.application.port.in;

import ai.assistants.application.account.AccountView;
import ai.assistants.application.account.OwnedPhoneNumber;
import ai.assistants.domain.assistant.AccountId;

import java.util.List;

/** What an authenticated account reads about itself. */
public interface AccountProfileQuery {

    /** The caller's own account, which exists: its key was just found. */
    AccountView me(AccountId caller);

    /** Every number of the caller's, by id. */
    List<OwnedPhoneNumber> phoneNumbers(AccountId caller);
}
