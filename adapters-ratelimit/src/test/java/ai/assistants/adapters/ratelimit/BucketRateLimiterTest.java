package ai.assistants.adapters.ratelimit;

import ai.assistants.application.port.out.RateLimiter.Quota;
import ai.assistants.domain.assistant.AccountId;
import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class BucketRateLimiterTest {

    private static final AccountId ALPHA = new AccountId(1);
    private static final AccountId BETA = new AccountId(2);
    private static final long START_SECONDS = 1_700_000_000L;

    private final AtomicLong nanos = new AtomicLong(START_SECONDS * 1_000_000_000L);
    private final TimeMeter time = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    };

    private BucketRateLimiter limiter(long perMinute, long burst, long failedAuthentications) {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochSecond(0, nanos.get());
            }
        };
        return new BucketRateLimiter(Limit.perMinute(perMinute), new Limit(burst, Duration.ofSeconds(10)),
                Limit.perMinute(failedAuthentications), new LocalBucketStore(Duration.ofMinutes(1), time), () -> { }, clock);
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void theBurstIsRefusedWithTheWaitUntilOneMoreRequestIsAllowed() {
        BucketRateLimiter limiter = limiter(100, 20, 20);
        for (int i = 0; i < 20; i++) {
            Quota quota = limiter.tryRequest(ALPHA).orElseThrow();
            assertThat(quota.allowed()).isTrue();
            assertThat(quota.limit()).as("the tighter limit").isEqualTo(20);
            assertThat(quota.remaining()).isEqualTo(19 - i);
        }
        Quota refused = limiter.tryRequest(ALPHA).orElseThrow();
        assertThat(refused).isEqualTo(new Quota(false, 20, 0, START_SECONDS + 10, 1));
        assertThat(limiter.tryRequest(BETA).orElseThrow().allowed()).as("another account").isTrue();

        advance(Duration.ofMillis(500));
        assertThat(limiter.tryRequest(ALPHA).orElseThrow().allowed()).as("one request back every half second").isTrue();
    }

    @Test
    void theMinuteLimitRefusesOnceTheBurstHasRefilledAndItsHeadersDescribeIt() {
        BucketRateLimiter limiter = limiter(8, 5, 20);
        int allowed = 0;
        Quota quota;
        do {
            quota = limiter.tryRequest(ALPHA).orElseThrow();
            allowed += quota.allowed() ? 1 : 0;
            advance(Duration.ofSeconds(2));
        } while (quota.allowed());
        assertThat(allowed).isBetween(8, 10);
        assertThat(quota.limit()).isEqualTo(8);
        assertThat(quota.remaining()).isZero();
        assertThat(quota.retryAfterSeconds()).isBetween(1L, 8L);
    }

    @Test
    void zeroTurnsALimitOff() {
        BucketRateLimiter noBurst = limiter(8, 0, 20);
        for (int i = 0; i < 8; i++) {
            assertThat(noBurst.tryRequest(ALPHA).orElseThrow()).extracting(Quota::allowed, Quota::limit).containsExactly(true, 8L);
        }
        assertThat(noBurst.tryRequest(ALPHA).orElseThrow().allowed()).isFalse();

        BucketRateLimiter off = limiter(0, 0, 0);
        for (int i = 0; i < 1000; i++) {
            assertThat(off.tryRequest(ALPHA)).isEmpty();
            assertThat(off.tryFailedAuthentication("10.0.0.1")).isEmpty();
            assertThat(off.refusedAddress("10.0.0.1")).isEmpty();
        }
    }

    @Test
    void anAddressOverItsFailedAuthenticationsIsRefusedBeforeItsKeyIsLookedAt() {
        BucketRateLimiter limiter = limiter(100, 20, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.refusedAddress("10.0.0.1")).isEmpty();
            assertThat(limiter.tryFailedAuthentication("10.0.0.1").orElseThrow().allowed()).isTrue();
        }
        Quota refused = limiter.tryFailedAuthentication("10.0.0.1").orElseThrow();
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(20);
        assertThat(limiter.refusedAddress("10.0.0.1")).hasValueSatisfying(quota -> {
            assertThat(quota.allowed()).isFalse();
            assertThat(quota.retryAfterSeconds()).isEqualTo(20);
        });
        assertThat(limiter.refusedAddress("10.0.0.2")).as("another address").isEmpty();

        advance(Duration.ofSeconds(20));
        assertThat(limiter.refusedAddress("10.0.0.1")).isEmpty();
        assertThat(limiter.tryFailedAuthentication("10.0.0.1").orElseThrow().allowed()).isTrue();
    }
}
