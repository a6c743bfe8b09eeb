package ai.assistants.adapters.persistence.account;

import ai.assistants.adapters.persistence.codes.StoredCode;
import ai.assistants.adapters.persistence.transaction.ConstraintViolations;
import ai.assistants.adapters.persistence.transaction.TransactionConflicts;
import ai.assistants.adapters.persistence.transaction.UnitOfWork;
import ai.assistants.application.account.AccountView;
import ai.assistants.application.account.ApiKeyView;
import ai.assistants.application.account.OwnedPhoneNumber;
import ai.assistants.application.account.PhoneNumberRemoval;
import ai.assistants.application.port.out.Accounts;
import ai.assistants.application.port.out.PhoneNumberTakenException;
import ai.assistants.domain.account.AccountDraft;
import ai.assistants.domain.account.PhoneNumberDraft;
import ai.assistants.domain.assistant.AccountId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Rows are written in SQL and their ids read with {@code lastval()}, which both databases answer
 * for the connection's last identity value: the entities stay read-only and need no generator.
 */
@ApplicationScoped
public class JpaAccounts implements Accounts {

    /** The constraint whose violation means "some account already has this number". */
    static final String UNIQUE_PHONE_NUMBER = "uq_phone_numbers_phone_number";
    /** The keys that refuse to delete a number an assistant still names; a racing write commits one. */
    private static final List<String> NUMBER_IN_USE = List.of("fk_assistants_phone_number",
            "fk_inbound_assignments_phone_number", "fk_assistant_outbound_phone_numbers_number");
    /** A delete refused by a foreign key is tried again this often, each time reading the users anew. */
    private static final int DELETE_ATTEMPTS = 3;

    private final UnitOfWork unitOfWork;

    @Inject
    public JpaAccounts(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** For CDI's client proxy only. */
    protected JpaAccounts() {
        this(null);
    }

    @Override
    public AccountView insert(AccountDraft draft) {
        OffsetDateTime now = now();
        return unitOfWork.write(entityManager -> {
            entityManager.createNativeQuery("INSERT INTO accounts (name, email, mid_call_tool_limit, created_at)"
                            + " VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, draft.name())
                    .setParameter(2, draft.email())
                    .setParameter(3, Math.toIntExact(draft.midCallToolLimitOrDefault()))
                    .setParameter(4, now)
                    .executeUpdate();
            return new AccountView(new AccountId(lastId(entityManager)), draft.name(), draft.email(),
                    draft.midCallToolLimitOrDefault(), now.toInstant());
        });
    }

    @Override
    public Optional<AccountView> find(AccountId id) {
        return unitOfWork.read(entityManager -> Optional.ofNullable(entityManager.find(AccountEntity.class, id.value()))
                .map(JpaAccounts::view));
    }

    @Override
    public List<AccountView> page(long offset, int limit) {
        return unitOfWork.read(entityManager -> entityManager
                .createQuery("SELECT a FROM AccountEntity a ORDER BY a.id", AccountEntity.class)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultStream()
                .map(JpaAccounts::view)
                .toList());
    }

    @Override
    public long count() {
        return unitOfWork.read(entityManager -> entityManager
                .createQuery("SELECT COUNT(a) FROM AccountEntity a", Long.class)
                .getSingleResult());
    }

    /** The account is locked, so that the key is never stored for an account a concurrent request removes. */
    @Override
    public Optional<ApiKeyView> insertKey(AccountId account, String label, String keyHash, String lastFour) {
        OffsetDateTime now = now();
        return unitOfWork.write(entityManager -> {
            if (!lockAccount(entityManager, account)) {
                return Optional.empty();
            }
            entityManager.createNativeQuery("INSERT INTO api_keys (account_id, key_hash, label, last_four, created_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, account.value())
                    .setParameter(2, keyHash)
                    .setParameter(3, label)
                    .setParameter(4, lastFour)
                    .setParameter(5, now)
                    .executeUpdate();
            return Optional.of(new ApiKeyView(lastId(entityManager), label, lastFour, now.toInstant()));
        });
    }

    @Override
    public Optional<List<ApiKeyView>> keys(AccountId account) {
        return unitOfWork.read(entityManager -> {
            if (entityManager.find(AccountEntity.class, account.value()) == null) {
                return Optional.empty();
            }
            return Optional.of(entityManager
                    .createQuery("SELECT k FROM ApiKeyEntity k WHERE k.accountId = :owner ORDER BY k.id", ApiKeyEntity.class)
                    .setParameter("owner", account.value())
                    .getResultStream()
                    .map(key -> new ApiKeyView(key.getId(), key.getLabel(), key.getLastFour(),
                            key.getCreatedAt().toInstant()))
                    .toList());
        });
    }

    /** Gone from storage at once; instances that remember the key forget it within {@link JpaApiKeys#REMEMBERED_FOR}. */
    @Override
    public boolean deleteKey(long keyId) {
        return unitOfWork.write(entityManager -> entityManager
                .createNativeQuery("DELETE FROM api_keys WHERE id = ?1")
                .setParameter(1, keyId)
                .executeUpdate() > 0);
    }

    @Override
    public Optional<OwnedPhoneNumber> insertNumber(AccountId account, PhoneNumberDraft draft) {
        OffsetDateTime now = now();
        try {
            return unitOfWork.write(entityManager -> {
                if (!lockAccount(entityManager, account)) {
                    return Optional.empty();
                }
                entityManager.createNativeQuery("INSERT INTO phone_numbers"
                                + " (account_id, phone_number, country_code, type, nickname, sms_capable, created_at)"
                                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                        .setParameter(1, account.value())
                        .setParameter(2, draft.phoneNumber())
                        .setParameter(3, draft.countryCode())
                        .setParameter(4, StoredCode.of(draft.type()))
                        .setParameter(5, draft.nickname())
                        .setParameter(6, draft.smsCapableOrDefault())
                        .setParameter(7, now)
                        .executeUpdate();
                return Optional.of(new OwnedPhoneNumber(lastId(entityManager), account, draft.phoneNumber(),
                        draft.nickname(), draft.countryCode(), draft.type(), draft.smsCapableOrDefault(), now.toInstant()));
            });
        } catch (PersistenceException e) {
            if (ConstraintViolations.isUniqueViolation(e, UNIQUE_PHONE_NUMBER)) {
                throw new PhoneNumberTakenException(e);
            }
            throw e;
        }
    }

    @Override
    public List<OwnedPhoneNumber> numbers(AccountId account) {
        return unitOfWork.read(entityManager -> entityManager
                .createQuery("SELECT p FROM PhoneNumberEntity p WHERE p.accountId = :owner ORDER BY p.id",
                        PhoneNumberEntity.class)
                .setParameter("owner", account.value())
                .getResultStream()
                .map(number -> new OwnedPhoneNumber(number.getId(), new AccountId(number.getAccountId()),
                        number.getPhoneNumber(), number.getNickname(), number.getCountryCode(), number.getType(),
                        number.isSmsCapable(), number.getCreatedAt().toInstant()))
                .toList());
    }

    /**
     * Locks the number, asks which assistants use it (as their number, inbound assignment or warm
     * transfer's outbound number), and deletes it, or nothing. An assistant write locks each number it
     * comes to use ({@code OwnedReferences.lockNewlyNamed}), so it either waits for this and finds the
     * number gone, or this waits for it and sees its assistant. A user committed by a writer that skips
     * the lock makes a foreign key refuse the delete; the next attempt then finds it and answers with it.
     */
    @Override
    public PhoneNumberRemoval deleteNumber(long phoneNumberId) {
        return TransactionConflicts.retried(DELETE_ATTEMPTS,
                failure -> NUMBER_IN_USE.stream().anyMatch(key -> ConstraintViolations.isForeignKeyViolation(failure, key)),
                () -> unitOfWork.write(entityManager -> deleteUnlessUsed(entityManager, phoneNumberId)));
    }

    private static PhoneNumberRemoval deleteUnlessUsed(EntityManager entityManager, long phoneNumberId) {
        if (entityManager.createNativeQuery("SELECT id FROM phone_numbers WHERE id = ?1 FOR UPDATE")
                .setParameter(1, phoneNumberId)
                .getResultList()
                .isEmpty()) {
            return new PhoneNumberRemoval.NotFound();
        }
        List<Long> users = ((List<?>) entityManager
                .createNativeQuery("SELECT id FROM assistants WHERE phone_number_id = ?1"
                        + " UNION SELECT assistant_id FROM inbound_assignments WHERE phone_number_id = ?1"
                        + " UNION SELECT assistant_id FROM assistant_outbound_phone_numbers WHERE phone_number_id = ?1"
                        + " ORDER BY 1")
                .setParameter(1, phoneNumberId)
                .getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
        if (!users.isEmpty()) {
            return new PhoneNumberRemoval.InUse(users);
        }
        entityManager.createNativeQuery("DELETE FROM phone_numbers WHERE id = ?1")
                .setParameter(1, phoneNumberId)
                .executeUpdate();
        return new PhoneNumberRemoval.Removed();
    }

    private static boolean lockAccount(EntityManager entityManager, AccountId account) {
        return !entityManager.createNativeQuery("SELECT id FROM accounts WHERE id = ?1 FOR UPDATE")
                .setParameter(1, account.value())
                .getResultList()
                .isEmpty();
    }

    /** The identity value the connection's last insert got. */
    private static long lastId(EntityManager entityManager) {
        return ((Number) entityManager.createNativeQuery("SELECT lastval()").getSingleResult()).longValue();
    }

    /** Both databases keep microseconds; the answer must equal what a later read returns. */
    private static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static AccountView view(AccountEntity account) {
        return new AccountView(new AccountId(account.getId()), account.getName(), account.getEmail(),
                account.getMidCallToolLimit(), account.getCreatedAt().toInstant());
    }
}
