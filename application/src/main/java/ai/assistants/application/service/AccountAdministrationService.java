package ai.assistants.application.service;

import ai.assistants.application.account.AccountView;
import ai.assistants.application.account.ApiKeyView;
import ai.assistants.application.account.IssuedApiKey;
import ai.assistants.application.account.OwnedPhoneNumber;
import ai.assistants.application.account.PhoneNumberRemoval;
import ai.assistants.application.paging.Page;
import ai.assistants.application.paging.PageRequest;
import ai.assistants.application.port.in.OperateAccountsUseCase;
import ai.assistants.application.port.out.Accounts;
import ai.assistants.application.port.out.PhoneNumberTakenException;
import ai.assistants.domain.account.AccountDraft;
import ai.assistants.domain.account.ApiKeyDraft;
import ai.assistants.domain.account.PhoneNumberDraft;
import ai.assistants.domain.account.ProvisioningRules;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Violations;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

public final class AccountAdministrationService implements OperateAccountsUseCase {

    /** 256 random bits: far beyond guessing, and the unsalted hash stays safe (see {@link ApiKeyHash}). */
    static final int KEY_BYTES = 32;
    /** Tells the service's keys apart from other secrets in a config file or a leak scanner. */
    static final String KEY_PREFIX = "ak_";
    private static final int SHOWN_CHARACTERS = 4;

    private final Accounts accounts;
    private final ProvisioningRules rules;
    private final SecureRandom random;

    public AccountAdministrationService(Accounts accounts, ProvisioningRules rules, SecureRandom random) {
        this.accounts = accounts;
        this.rules = rules;
        this.random = random;
    }

    @Override
    public AccountView createAccount(AccountDraft draft, Violations unreadable) {
        return accounts.insert(rules.check(draft, unreadable));
    }

    @Override
    public Page<AccountView> accounts(PageRequest request) {
        long total = accounts.count();
        List<AccountView> items = request.offset() < total ? accounts.page(request.offset(), request.perPage()) : List.of();
        return new Page<>(items, request, total);
    }

    @Override
    public Optional<AccountView> account(AccountId id) {
        return accounts.find(id);
    }

    /** The account is looked for first, so that an unknown account answers 404 whatever the body says. */
    @Override
    public Optional<IssuedApiKey> issueApiKey(AccountId account, ApiKeyDraft draft, Violations unreadable) {
        if (accounts.find(account).isEmpty()) {
            return Optional.empty();
        }
        String label = rules.check(draft, unreadable).label();
        String key = newKey();
        return accounts.insertKey(account, label == null ? null : label.strip(), ApiKeyHash.of(key),
                        key.substring(key.length() - SHOWN_CHARACTERS))
                .map(stored -> new IssuedApiKey(stored, key));
    }

    private String newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public Optional<List<ApiKeyView>> apiKeys(AccountId account) {
        return accounts.keys(account);
    }

    @Override
    public boolean revokeApiKey(long keyId) {
        return accounts.deleteKey(keyId);
    }

    @Override
    public Optional<OwnedPhoneNumber> addPhoneNumber(AccountId account, PhoneNumberDraft draft, Violations unreadable) {
        if (accounts.find(account).isEmpty()) {
            return Optional.empty();
        }
        PhoneNumberDraft checked = rules.check(draft, unreadable);
        try {
            return accounts.insertNumber(account, checked);
        } catch (PhoneNumberTakenException taken) {
            throw new InvalidAssistantException(
                    new Violations().add(FieldPath.of("phoneNumber"), Rule.TAKEN), checked);
        }
    }

    @Override
    public PhoneNumberRemoval removePhoneNumber(long phoneNumberId) {
        return accounts.deleteNumber(phoneNumberId);
    }
}
