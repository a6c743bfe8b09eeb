package ai.assistants.application.service;

import ai.assistants.application.account.AccountView;
import ai.assistants.application.account.IssuedApiKey;
import ai.assistants.application.fake.InMemoryAccounts;
import ai.assistants.application.paging.PageRequest;
import ai.assistants.domain.account.AccountDraft;
import ai.assistants.domain.account.ApiKeyDraft;
import ai.assistants.domain.account.PhoneNumberDraft;
import ai.assistants.domain.account.ProvisioningRules;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.reference.PhoneNumberType;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Violation;
import ai.assistants.domain.validation.Violations;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountAdministrationServiceTest {

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final AccountAdministrationService service = new AccountAdministrationService(accounts,
            new ProvisioningRules(Validation.buildDefaultValidatorFactory().getValidator()), new SecureRandom());

    @Test
    void storesOnlyTheHashOfARandomKeyAndShowsItsLastFour() {
        AccountView account = service.createAccount(new AccountDraft("Acme", "ops@acme.example.com", null), new Violations());

        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            IssuedApiKey issued = service.issueApiKey(account.id(), new ApiKeyDraft(" prod "), new Violations()).orElseThrow();
            keys.add(issued.key());
            assertThat(issued.stored().lastFour()).isEqualTo(issued.key().substring(issued.key().length() - 4));
            assertThat(issued.stored().label()).isEqualTo("prod");
        }

        assertThat(keys).hasSize(50).allSatisfy(key -> assertThat(key).matches("ak_[A-Za-z0-9_-]{43}"));
        assertThat(accounts.storedKeys()).allSatisfy(stored -> {
            assertThat(keys).doesNotContain(stored.hash());
            assertThat(stored.hash()).matches("[0-9a-f]{64}");
        });
        assertThat(accounts.storedKeys()).extracting(InMemoryAccounts.StoredKey::hash)
                .containsExactlyInAnyOrderElementsOf(keys.stream().map(ApiKeyHash::of).toList());
    }

    @Test
    void anUnknownAccountGetsNoKeyAndNoNumberWhateverTheBody() {
        AccountId unknown = new AccountId(99);

        assertThat(service.issueApiKey(unknown, new ApiKeyDraft("x".repeat(300)), new Violations())).isEmpty();
        assertThat(service.addPhoneNumber(unknown, new PhoneNumberDraft(null, null, null, null, null), new Violations()))
                .isEmpty();
        assertThat(service.apiKeys(unknown)).isEmpty();
    }

    @Test
    void reportsTheReadersViolationsWithTheRulesButNotTwiceForOneField() {
        Violations unreadable = new Violations().add(FieldPath.of("name"), Rule.WRONG_KIND, Rule.ValueKind.STRING);

        assertThatThrownBy(() -> service.createAccount(new AccountDraft(null, "bad", 10_001L), unreadable))
                .isInstanceOfSatisfying(InvalidAssistantException.class, invalid -> assertThat(invalid.violations().all())
                        .containsExactlyInAnyOrder(
                                Violation.of(FieldPath.of("name"), Rule.WRONG_KIND, Rule.ValueKind.STRING),
                                Violation.of(FieldPath.of("email"), Rule.FORMAT),
                                Violation.of(FieldPath.of("midCallToolLimit"), Rule.BETWEEN, "0", "10000")));
        assertThat(accounts.count()).isZero();
    }

    @Test
    void aNumberTakenByAnyAccountIsReportedOnTheNumber() {
        AccountId first = service.createAccount(new AccountDraft("A", "a@a.example.com", null), new Violations()).id();
        AccountId second = service.createAccount(new AccountDraft("B", "b@b.example.com", null), new Violations()).id();
        PhoneNumberDraft number = new PhoneNumberDraft("+14155550100", PhoneNumberType.NORMAL, "US", null, null);
        assertThat(service.addPhoneNumber(first, number, new Violations())).isPresent();

        assertThatThrownBy(() -> service.addPhoneNumber(second, number, new Violations()))
                .isInstanceOfSatisfying(InvalidAssistantException.class, invalid -> assertThat(invalid.violations().all())
                        .containsExactly(Violation.of(FieldPath.of("phoneNumber"), Rule.TAKEN)));
    }

    @Test
    void pagesTheAccountsById() {
        for (int i = 0; i < 5; i++) {
            service.createAccount(new AccountDraft("Account " + i, "a" + i + "@example.com", null), new Violations());
        }

        assertThat(service.accounts(new PageRequest(2, 2)).items()).extracting(AccountView::name)
                .containsExactly("Account 2", "Account 3");
        assertThat(service.accounts(new PageRequest(4, 2)).items()).isEmpty();
        assertThat(service.accounts(new PageRequest(4, 2)).total()).isEqualTo(5);
    }
}
