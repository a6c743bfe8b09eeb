package ai.assistants.application.fake;

import ai.assistants.application.account.AccountView;
import ai.assistants.application.account.ApiKeyView;
import ai.assistants.application.account.OwnedPhoneNumber;
import ai.assistants.application.account.PhoneNumberRemoval;
import ai.assistants.application.port.out.Accounts;
import ai.assistants.application.port.out.PhoneNumberTakenException;
import ai.assistants.domain.account.AccountDraft;
import ai.assistants.domain.account.PhoneNumberDraft;
import ai.assistants.domain.assistant.AccountId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link Accounts} in memory; keys remember their hash, which a test may read. */
public final class InMemoryAccounts implements Accounts {

    public record StoredKey(ApiKeyView view, AccountId owner, String hash) {
    }

    private final Map<Long, AccountView> accounts = new TreeMap<>();
    private final Map<Long, StoredKey> keys = new TreeMap<>();
    private final Map<Long, OwnedPhoneNumber> numbers = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized AccountView insert(AccountDraft draft) {
        AccountView account = new AccountView(new AccountId(nextId++), draft.name(), draft.email(),
                draft.midCallToolLimitOrDefault(), Instant.now());
        accounts.put(account.id().value(), account);
        return account;
    }

    @Override
    public synchronized Optional<AccountView> find(AccountId id) {
        return Optional.ofNullable(accounts.get(id.value()));
    }

    @Override
    public synchronized List<AccountView> page(long offset, int limit) {
        return accounts.values().stream().skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized long count() {
        return accounts.size();
    }

    @Override
    public synchronized Optional<ApiKeyView> insertKey(AccountId account, String label, String keyHash, String lastFour) {
        if (!accounts.containsKey(account.value())) {
            return Optional.empty();
        }
        ApiKeyView view = new ApiKeyView(nextId++, label, lastFour, Instant.now());
        keys.put(view.id(), new StoredKey(view, account, keyHash));
        return Optional.of(view);
    }

    @Override
    public synchronized Optional<List<ApiKeyView>> keys(AccountId account) {
        if (!accounts.containsKey(account.value())) {
            return Optional.empty();
        }
        return Optional.of(keys.values().stream().filter(key -> key.owner().equals(account)).map(StoredKey::view).toList());
    }

    public synchronized List<StoredKey> storedKeys() {
        return new ArrayList<>(keys.values());
    }

    @Override
    public synchronized boolean deleteKey(long keyId) {
        return keys.remove(keyId) != null;
    }

    @Override
    public synchronized Optional<OwnedPhoneNumber> insertNumber(AccountId account, PhoneNumberDraft draft) {
        if (!accounts.containsKey(account.value())) {
            return Optional.empty();
        }
        if (numbers.values().stream().anyMatch(number -> number.phoneNumber().equals(draft.phoneNumber()))) {
            throw new PhoneNumberTakenException(null);
        }
        OwnedPhoneNumber number = new OwnedPhoneNumber(nextId++, account, draft.phoneNumber(), draft.nickname(),
                draft.countryCode(), draft.type(), draft.smsCapableOrDefault(), Instant.now());
        numbers.put(number.id(), number);
        return Optional.of(number);
    }

    @Override
    public synchronized List<OwnedPhoneNumber> numbers(AccountId account) {
        return numbers.values().stream().filter(number -> number.owner().equals(account)).toList();
    }

    @Override
    public synchronized PhoneNumberRemoval deleteNumber(long phoneNumberId) {
        return numbers.remove(phoneNumberId) != null ? new PhoneNumberRemoval.Removed() : new PhoneNumberRemoval.NotFound();
    }
}
