package ai.assistants.application.port.out;

import ai.assistants.application.account.AccountView;
import ai.assistants.application.account.ApiKeyView;
import ai.assistants.application.account.OwnedPhoneNumber;
import ai.assistants.application.account.PhoneNumberRemoval;
import ai.assistants.domain.account.AccountDraft;
import ai.assistants.domain.account.PhoneNumberDraft;
import ai.assistants.domain.assistant.AccountId;

import java.util.List;
import java.util.Optional;

/** Accounts, their stored keys and their numbers, as operators provision them. Lists are by id. */
public interface Accounts {

    AccountView insert(AccountDraft draft);

    Optional<AccountView> find(AccountId id);

    List<AccountView> page(long offset, int limit);

    long count();

    /**
     * Stores a key by its hash; empty, storing nothing, when the account does not exist.
     *
     * @param keyHash as {@code ApiKeyHash} makes it
     */
    Optional<ApiKeyView> insertKey(AccountId account, String label, String keyHash, String lastFour);

    /** The account's keys; empty when the account does not exist. */
    Optional<List<ApiKeyView>> keys(AccountId account);

    /** @return whether the key existed (it is gone now) */
    boolean deleteKey(long keyId);

    /**
     * @throws PhoneNumberTakenException when any account already has the number
     * @return empty, storing nothing, when the account does not exist
     */
    Optional<OwnedPhoneNumber> insertNumber(AccountId account, PhoneNumberDraft draft);

    List<OwnedPhoneNumber> numbers(AccountId account);

    PhoneNumberRemoval deleteNumber(long phoneNumberId);
}
