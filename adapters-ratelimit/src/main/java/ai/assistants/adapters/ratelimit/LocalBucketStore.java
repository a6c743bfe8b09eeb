package ai.assistants.adapters.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.VerboseResult;
import io.github.bucket4j.local.LocalBucketBuilder;

import java.time.Duration;

/**
 * Buckets in this process: right for a single instance, and what a cluster falls back to while
 * Redis is away. Bounded in number, and a bucket left alone longer than it takes to refill is
 * forgotten (it would be full again anyway), so memory does not grow with the callers seen.
 */
final class LocalBucketStore implements BucketStore {

    static final long MAX_BUCKETS = 100_000;

    private final Cache<String, Bucket> buckets;
    private final TimeMeter time;

    LocalBucketStore(Duration idleUntilForgotten) {
        this(idleUntilForgotten, TimeMeter.SYSTEM_NANOTIME);
    }

    LocalBucketStore(Duration idleUntilForgotten, TimeMeter time) {
        this.time = time;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_BUCKETS)
                .expireAfterAccess(idleUntilForgotten)
                .build();
    }

    @Override
    public VerboseResult<ConsumptionProbe> tryTakeOne(String key, BucketConfiguration configuration) {
        return buckets.get(key, any -> newBucket(configuration, time)).asVerbose().tryConsumeAndReturnRemaining(1);
    }

    private static Bucket newBucket(BucketConfiguration configuration, TimeMeter time) {
        LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
        for (Bandwidth bandwidth : configuration.getBandwidths()) {
            builder.addLimit(bandwidth);
        }
        return builder.build();
    }
}
