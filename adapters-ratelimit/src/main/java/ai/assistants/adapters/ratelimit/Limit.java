package ai.assistants.adapters.ratelimit;

import java.time.Duration;

/**
 * One limit: at most {@code requests} at once, given back steadily over {@code period} (a token
 * bucket of that size, refilled at requests/period). A limit of 0 requests is no limit.
 */
public record Limit(long requests, Duration period) {

    public Limit {
        if (requests < 0 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("Not a limit: " + requests + " per " + period);
        }
    }

    public static Limit perMinute(long requests) {
        return new Limit(requests, Duration.ofMinutes(1));
    }

    boolean isOn() {
        return requests > 0;
    }

    /** How long until this limit is whole again with {@code available} requests left, in seconds, rounded up. */
    long secondsToFull(long available) {
        long missing = requests - Math.min(available, requests);
        long nanos = missing * (period.toNanos() / requests);
        return ceilSeconds(nanos);
    }

    static long ceilSeconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
