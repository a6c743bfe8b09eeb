package ai.assistants.adapters.persistence.idempotency;

import ai.assistants.adapters.persistence.transaction.UnitOfWork;
import ai.assistants.application.idempotency.IdempotencyKey;
import ai.assistants.application.idempotency.RememberedAnswer;
import ai.assistants.application.port.out.IdempotencyRecords;
import ai.assistants.domain.assistant.AccountId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The keys in table {@code idempotency_keys}, in SQL of its own: a claim is an insert that yields to
 * the row another request (on any instance) committed first, which JPQL cannot say.
 */
@ApplicationScoped
public class JpaIdempotencyRecords implements IdempotencyRecords {

    private final UnitOfWork unitOfWork;

    @Inject
    public JpaIdempotencyRecords(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** For CDI's client proxy only. */
    protected JpaIdempotencyRecords() {
        this(null);
    }

    @Override
    public Claim claim(AccountId owner, IdempotencyKey key, String fingerprint, Instant now, Instant forgetBefore,
                       Instant abandonedBefore) {
        String token = UUID.randomUUID().toString();
        return unitOfWork.write(entityManager -> {
            entityManager.createNativeQuery("DELETE FROM idempotency_keys WHERE account_id = ?1 AND (claimed_at < ?2"
                            + " OR (idempotency_key = ?3 AND answer_status IS NULL AND claimed_at < ?4))")
                    .setParameter(1, owner.value())
                    .setParameter(2, utc(forgetBefore))
                    .setParameter(3, key.value())
                    .setParameter(4, utc(abandonedBefore))
                    .executeUpdate();
            int inserted = entityManager.createNativeQuery("INSERT INTO idempotency_keys"
                            + " (account_id, idempotency_key, request_fingerprint, claim_token, claimed_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
                    .setParameter(1, owner.value())
                    .setParameter(2, key.value())
                    .setParameter(3, fingerprint)
                    .setParameter(4, token)
                    .setParameter(5, utc(now))
                    .executeUpdate();
            return inserted == 1 ? new Claim.Taken(owner, key, token) : held(entityManager, owner, key, fingerprint);
        });
    }

    private static Claim held(EntityManager entityManager, AccountId owner, IdempotencyKey key, String fingerprint) {
        List<?> rows = entityManager.createNativeQuery("SELECT request_fingerprint, answer_status, answer_location,"
                        + " answer_body FROM idempotency_keys WHERE account_id = ?1 AND idempotency_key = ?2")
                .setParameter(1, owner.value())
                .setParameter(2, key.value())
                .getResultList();
        if (rows.isEmpty()) {
            // Released by its request between our insert and this read: still its request's, for an instant.
            return new Claim.Running(fingerprint);
        }
        Object[] row = (Object[]) rows.get(0);
        String heldFor = (String) row[0];
        if (row[1] == null) {
            return new Claim.Running(heldFor);
        }
        return new Claim.Answered(heldFor, new RememberedAnswer(((Number) row[1]).intValue(),
                Optional.ofNullable((String) row[2]), (String) row[3]));
    }

    @Override
    public void remember(Claim.Taken claim, RememberedAnswer answer) {
        int kept = unitOfWork.write(entityManager -> entityManager
                .createNativeQuery("UPDATE idempotency_keys SET answer_status = ?1, answer_location = ?2,"
                        + " answer_body = ?3 WHERE account_id = ?4 AND idempotency_key = ?5 AND claim_token = ?6"
                        + " AND answer_status IS NULL")
                .setParameter(1, answer.status())
                .setParameter(2, answer.location().orElse(null))
                .setParameter(3, answer.body())
                .setParameter(4, claim.owner().value())
                .setParameter(5, claim.key().value())
                .setParameter(6, claim.token())
                .executeUpdate());
        if (kept != 1) {
            throw new IdempotencyClaimLostException();
        }
    }

    @Override
    public void release(Claim.Taken claim) {
        unitOfWork.write(entityManager -> entityManager
                .createNativeQuery("DELETE FROM idempotency_keys WHERE account_id = ?1 AND idempotency_key = ?2"
                        + " AND claim_token = ?3 AND answer_status IS NULL")
                .setParameter(1, claim.owner().value())
                .setParameter(2, claim.key().value())
                .setParameter(3, claim.token())
                .executeUpdate());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
