package ai.assistants.application.port.out;

import ai.assistants.application.idempotency.IdempotencyKey;
import ai.assistants.application.idempotency.RememberedAnswer;
import ai.assistants.domain.assistant.AccountId;

import java.time.Instant;

/**
 * The idempotency keys of every account, shared by every instance: who holds a key now and what
 * its first request answered.
 */
public interface IdempotencyRecords {

    /**
     * Takes the key for a request in a transaction of its own, committed before the request runs, so
     * that every instance sees it held. Keys claimed before {@code forgetBefore} are forgotten first,
     * and so is a claim without an answer made before {@code abandonedBefore} (its server died).
     *
     * @param fingerprint what tells the request from another with the same key: 64 hex characters
     */
    Claim claim(AccountId owner, IdempotencyKey key, String fingerprint, Instant now, Instant forgetBefore,
                Instant abandonedBefore);

    /**
     * Keeps the answer of a claimed key, in the transaction the caller runs (the one that created what
     * the answer tells of).
     *
     * @throws IdempotencyClaimLostException when the claim is no longer this request's, which can only
     *                                       happen after it was taken for abandoned
     */
    void remember(Claim.Taken claim, RememberedAnswer answer);

    /** Gives a claimed key up, without an answer, so that the client's retry can run. */
    void release(Claim.Taken claim);

    /** Where a key stood when a request tried to take it. */
    sealed interface Claim {

        /** The request holds the key now; {@code token} tells its claim from any later one. */
        record Taken(AccountId owner, IdempotencyKey key, String token) implements Claim {
        }

        /** An earlier request has the key; {@code fingerprint} tells which request it was. */
        sealed interface Held extends Claim {
            String fingerprint();
        }

        /** An earlier request holds the key and has not answered yet. */
        record Running(String fingerprint) implements Held {
        }

        /** An earlier request with this key answered. */
        record Answered(String fingerprint, RememberedAnswer answer) implements Held {
        }
    }

    /** A claim taken over by another request after it was judged abandoned; nothing may be kept under it. */
    final class IdempotencyClaimLostException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public IdempotencyClaimLostException() {
            super("The idempotency key's claim was taken by another request", null, false, false);
        }
    }
}
