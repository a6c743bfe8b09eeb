package ai.assistants.application.service;

import ai.assistants.application.idempotency.IdempotencyKey;
import ai.assistants.application.idempotency.RememberedAnswer;
import ai.assistants.application.port.in.IdempotencyConflictException;
import ai.assistants.application.port.in.IdempotencyConflictException.Reason;
import ai.assistants.application.port.in.IdempotentCreatesUseCase;
import ai.assistants.application.port.out.IdempotencyRecords;
import ai.assistants.application.port.out.IdempotencyRecords.Claim;
import ai.assistants.application.port.out.IdempotencyRecords.IdempotencyClaimLostException;
import ai.assistants.application.port.out.Transactions;
import ai.assistants.domain.assistant.AccountId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A key is claimed in a transaction of its own before the create runs, so a second request with it,
 * on any instance, sees it held; the answer of a create is kept in the create's own transaction, so
 * a server that dies after committing has kept it, and one that dies before has created nothing.
 */
public final class IdempotentCreatesService implements IdempotentCreatesUseCase {

    /** How long a key is remembered (CONTRACT.md). */
    public static final Duration REMEMBERED_FOR = Duration.ofHours(24);
    /**
     * How long a claim without an answer holds the key: longer than any request can run (every
     * statement times out within seconds), so only a claim whose server died is ever taken over.
     */
    public static final Duration ABANDONED_AFTER = Duration.ofSeconds(30);

    private final IdempotencyRecords records;
    private final Transactions transactions;
    private final Clock clock;

    public IdempotentCreatesService(IdempotencyRecords records, Transactions transactions, Clock clock) {
        this.records = records;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome answer(AccountId caller, IdempotencyKey key, String request, Supplier<RememberedAnswer> create) {
        // Kept in a fixed size whatever the body's: a request up to the body limit is one hash.
        String fingerprint = Sha256Hex.of(request);
        Instant now = clock.instant();
        Claim claim = records.claim(caller, key, fingerprint, now, now.minus(REMEMBERED_FOR), now.minus(ABANDONED_AFTER));
        if (claim instanceof Claim.Taken taken) {
            return new Outcome(performed(taken, create), false);
        }
        Claim.Held held = (Claim.Held) claim;
        if (!held.fingerprint().equals(fingerprint)) {
            throw new IdempotencyConflictException(Reason.USED_FOR_ANOTHER_REQUEST);
        }
        if (held instanceof Claim.Answered answered) {
            return new Outcome(answered.answer(), true);
        }
        throw new IdempotencyConflictException(Reason.STILL_RUNNING);
    }

    private RememberedAnswer performed(Claim.Taken claim, Supplier<RememberedAnswer> create) {
        try {
            return transactions.inOne(() -> {
                RememberedAnswer answer = create.get();
                if (!answer.created()) {
                    // Rolls back whatever the refused request touched; its answer is kept on its own below.
                    throw new Refused(answer);
                }
                records.remember(claim, answer);
                return answer;
            });
        } catch (Refused refused) {
            records.remember(claim, refused.answer);
            return refused.answer;
        } catch (IdempotencyClaimLostException lost) {
            throw new IdempotencyConflictException(Reason.STILL_RUNNING);
        } catch (RuntimeException | Error failed) {
            releaseAfter(claim, failed);
            throw failed;
        }
    }

    /** An answer the client may not get again: the key is free for its retry (or, if storage is away, once abandoned). */
    private void releaseAfter(Claim.Taken claim, Throwable failure) {
        try {
            records.release(claim);
        } catch (RuntimeException releaseFailed) {
            failure.addSuppressed(releaseFailed);
        }
    }

    /** A refusal travelling out of the transaction it must roll back. */
    private static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient RememberedAnswer answer;

        Refused(RememberedAnswer answer) {
            super(null, null, false, false);
            this.answer = answer;
        }
    }
}
