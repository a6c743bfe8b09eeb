package ai.assistants.adapters.rest.http;

import ai.assistants.application.port.out.RateLimiter.Quota;

/** A request over a rate limit; {@link RateLimitedExceptionMapper} answers the contract's 429. */
final class RateLimitedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Quota quota;

    RateLimitedException(Quota quota) {
        super("Rate limit exceeded", null, false, false);
        this.quota = quota;
    }

    Quota quota() {
        return quota;
    }
}
