package ai.assistants.application.port.in;

import ai.assistants.application.account.AccountView;
import ai.assistants.application.account.ApiKeyView;
import ai.assistants.application.account.IssuedApiKey;
import ai.assistants.application.account.OwnedPhoneNumber;
import ai.assistants.application.account.PhoneNumberRemoval;
import ai.assistants.application.paging.Page;
import ai.assistants.application.paging.PageRequest;
import ai.assistants.domain.account.AccountDraft;
import ai.assistants.domain.account.ApiKeyDraft;
import ai.assistants.domain.account.PhoneNumberDraft;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.validation.Violations;

import java.util.List;
import java.util.Optional;

/**
 * What a deployment's operators do: provision accounts, their keys and their numbers. Each write
 * takes what the reader could not read ({@code unreadable}) and reports it with every other broken
 * rule, as an {@link ai.assistants.domain.validation.InvalidAssistantException}. An empty answer
 * means the account (or key, or number) does not exist.
 */
public interface OperateAccountsUseCase {

    AccountView createAccount(AccountDraft draft, Violations unreadable);

    Page<AccountView> accounts(PageRequest request);

    Optional<AccountView> account(AccountId id);

    Optional<IssuedApiKey> issueApiKey(AccountId account, ApiKeyDraft draft, Violations unreadable);

    Optional<List<ApiKeyView>> apiKeys(AccountId account);

    /** @return whether there was such a key */
    boolean revokeApiKey(long keyId);

    Optional<OwnedPhoneNumber> addPhoneNumber(AccountId account, PhoneNumberDraft draft, Violations unreadable);

    PhoneNumberRemoval removePhoneNumber(long phoneNumberId);
}
