package ai.assistants.application.port.out;

import ai.assistants.domain.assistant.AccountId;

import java.util.Optional;

/**
 * Counts requests against the deployment's limits (CONTRACT.md, "Rate limits"): per account, all
 * its keys together, and failed authentications per client address. Every instance of a cluster
 * must count alike, so an implementation shares its counts between them.
 */
public interface RateLimiter {

    /** Counts one request of the account; empty when no limit applies to accounts. */
    Optional<Quota> tryRequest(AccountId account);

    /**
     * Whether the address is already over its limit of failed authentications, without counting
     * anything: such an address is refused before its key is even looked at, so that guessing
     * keys quickly learns nothing once the limit is reached.
     */
    Optional<Quota> refusedAddress(String clientAddress);

    /** Counts one failed authentication from the address; empty when failures are not limited. */
    Optional<Quota> tryFailedAuthentication(String clientAddress);

    /**
     * Where a caller stands against one limit after a request was counted.
     *
     * @param allowed           false when the request is over the limit and must be refused
     * @param limit             how many requests the limit allows in its period
     * @param remaining         how many more it allows right now
     * @param resetEpochSecond  when the limit is whole again (Unix seconds)
     * @param retryAfterSeconds when a refused request may be tried again; 0 when allowed
     */
    record Quota(boolean allowed, long limit, long remaining, long resetEpochSecond, long retryAfterSeconds) {

        public Quota {
            if (limit <= 0 || remaining < 0 || remaining > limit || retryAfterSeconds < 0
                    || allowed != (retryAfterSeconds == 0)) {
                throw new IllegalArgumentException("Not a quota: " + limit + ", " + remaining + ", " + retryAfterSeconds);
            }
        }
    }
}
