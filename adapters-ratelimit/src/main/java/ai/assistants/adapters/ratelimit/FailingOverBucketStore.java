package ai.assistants.adapters.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.VerboseResult;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Redis first; while it is unreachable, this instance's own buckets. A rate limiter that refused
 * every request when Redis is down would turn a cache outage into a service outage, and one that
 * let everything through would lose the protection; counting per instance for a while keeps the
 * limits (each node allowing the full limit) and costs no wait: after a failure Redis is left alone
 * for a few seconds rather than asked again, and slowly, by every request. One warning when Redis
 * goes away, one line when it is back.
 */
final class FailingOverBucketStore implements BucketStore {

    static final Duration RETRY_REDIS_AFTER = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(FailingOverBucketStore.class.getName());

    private final BucketStore shared;
    private final BucketStore local;
    private final LongSupplier nanoTime;
    private volatile long sharedAgainAt;
    private volatile boolean sharedDown;

    FailingOverBucketStore(BucketStore shared, BucketStore local, LongSupplier nanoTime) {
        this.shared = shared;
        this.local = local;
        this.nanoTime = nanoTime;
    }

    @Override
    public VerboseResult<ConsumptionProbe> tryTakeOne(String key, BucketConfiguration configuration) {
        if (sharedDown && nanoTime.getAsLong() - sharedAgainAt < 0) {
            return local.tryTakeOne(key, configuration);
        }
        try {
            VerboseResult<ConsumptionProbe> taken = shared.tryTakeOne(key, configuration);
            if (sharedDown) {
                sharedDown = false;
                LOG.info("Redis answers again: rate limits are counted for the whole cluster again");
            }
            return taken;
        } catch (RuntimeException unreachable) {
            sharedAgainAt = nanoTime.getAsLong() + RETRY_REDIS_AFTER.toNanos();
            if (!sharedDown) {
                sharedDown = true;
                LOG.log(Level.WARNING, () -> "Redis is unreachable (" + unreachable
                        + "): rate limits are counted by each instance on its own until it answers again");
            }
            return local.tryTakeOne(key, configuration);
        }
    }

    boolean sharedDown() {
        return sharedDown;
    }
}
