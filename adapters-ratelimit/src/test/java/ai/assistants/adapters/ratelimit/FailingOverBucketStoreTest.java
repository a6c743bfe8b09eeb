package ai.assistants.adapters.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class FailingOverBucketStoreTest {

    private static final BucketConfiguration TWO_A_MINUTE = BucketConfiguration.builder()
            .addLimit(Bandwidth.builder().capacity(2).refillGreedy(2, Duration.ofMinutes(1)).build())
            .build();

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger sharedCalls = new AtomicInteger();
    private volatile boolean sharedUp = false;
    private final LocalBucketStore sharedBuckets = new LocalBucketStore(Duration.ofMinutes(1));
    private final BucketStore shared = (key, configuration) -> {
        sharedCalls.incrementAndGet();
        if (!sharedUp) {
            throw new IllegalStateException("Redis is down");
        }
        return sharedBuckets.tryTakeOne(key, configuration);
    };
    private final FailingOverBucketStore store = new FailingOverBucketStore(shared,
            new LocalBucketStore(Duration.ofMinutes(1)), nanos::get);

    @Test
    void whileRedisIsDownEachInstanceCountsOnItsOwnAndRedisIsLeftAloneForAFewSeconds() {
        assertThat(store.tryTakeOne("a", TWO_A_MINUTE).getValue().isConsumed()).isTrue();
        assertThat(store.sharedDown()).isTrue();
        assertThat(store.tryTakeOne("a", TWO_A_MINUTE).getValue().isConsumed()).isTrue();
        assertThat(store.tryTakeOne("a", TWO_A_MINUTE).getValue().isConsumed()).as("the limit still holds").isFalse();
        assertThat(sharedCalls).as("asked once, then left alone").hasValue(1);

        sharedUp = true;
        nanos.addAndGet(FailingOverBucketStore.RETRY_REDIS_AFTER.toNanos());
        assertThat(store.tryTakeOne("a", TWO_A_MINUTE).getValue().isConsumed()).as("Redis's own count").isTrue();
        assertThat(store.sharedDown()).isFalse();
        assertThat(sharedCalls).hasValue(2);
    }
}
