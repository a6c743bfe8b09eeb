package ai.assistants.adapters.persistence.account;

import ai.assistants.adapters.persistence.H2TestDatabase;
import ai.assistants.adapters.persistence.PersistenceFixture;
import ai.assistants.adapters.persistence.PostgresTestDatabase;
import ai.assistants.adapters.persistence.TestDatabase;
import ai.assistants.adapters.persistence.transaction.ResourceLocalUnitOfWork;
import ai.assistants.application.account.AccountView;
import ai.assistants.application.account.ApiKeyView;
import ai.assistants.application.account.OwnedPhoneNumber;
import ai.assistants.application.account.PhoneNumberRemoval;
import ai.assistants.application.port.out.PhoneNumberTakenException;
import ai.assistants.domain.account.AccountDraft;
import ai.assistants.domain.account.PhoneNumberDraft;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.reference.PhoneNumberType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The operators' store on both databases: ids the database gives, the unique number, keys that go. */
class JpaAccountsTest {

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", (Supplier<TestDatabase>) H2TestDatabase::new),
                Arguments.of("PostgreSQL", (Supplier<TestDatabase>) PostgresTestDatabase::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesAccountsKeysAndNumbersAndReadsThemBackAsStored(String name, Supplier<TestDatabase> database) {
        try (PersistenceFixture store = new PersistenceFixture(database.get(), true)) {
            JpaAccounts accounts = new JpaAccounts(new ResourceLocalUnitOfWork(store.entityManagerFactory));
            long before = accounts.count();

            AccountView first = accounts.insert(new AccountDraft("First", "first@example.com", null));
            AccountView second = accounts.insert(new AccountDraft("Second ☕", "second@example.com", 3L));

            assertThat(second.id().value()).isGreaterThan(first.id().value());
            assertThat(accounts.find(first.id())).contains(first);
            assertThat(accounts.find(second.id())).contains(second);
            assertThat(second.midCallToolLimit()).isEqualTo(3);
            assertThat(accounts.count()).isEqualTo(before + 2);
            assertThat(accounts.page(before, 10)).containsExactly(first, second);

            ApiKeyView key = accounts.insertKey(first.id(), "prod", "a".repeat(64), "aaaa").orElseThrow();
            assertThat(accounts.keys(first.id())).contains(java.util.List.of(key));
            assertThat(accounts.keys(second.id())).contains(java.util.List.of());
            assertThat(accounts.insertKey(new AccountId(999_999), null, "b".repeat(64), "bbbb")).isEmpty();
            assertThat(accounts.deleteKey(key.id())).isTrue();
            assertThat(accounts.deleteKey(key.id())).isFalse();
            assertThat(accounts.keys(first.id())).contains(java.util.List.of());

            PhoneNumberDraft draft = new PhoneNumberDraft("+14155559876", PhoneNumberType.CALLER_ID, "US", "Desk", true);
            OwnedPhoneNumber number = accounts.insertNumber(first.id(), draft).orElseThrow();
            assertThat(accounts.numbers(first.id())).containsExactly(number);
            assertThat(accounts.numbers(second.id())).isEmpty();
            assertThatThrownBy(() -> accounts.insertNumber(second.id(), draft)).isInstanceOf(PhoneNumberTakenException.class);
            assertThat(accounts.numbers(second.id())).isEmpty();

            assertThat(accounts.deleteNumber(number.id())).isEqualTo(new PhoneNumberRemoval.Removed());
            assertThat(accounts.deleteNumber(number.id())).isEqualTo(new PhoneNumberRemoval.NotFound());
            assertThat(accounts.insertNumber(second.id(), draft)).isPresent();
        }
    }
}
