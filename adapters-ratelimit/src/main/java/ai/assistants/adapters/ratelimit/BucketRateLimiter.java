package ai.assistants.adapters.ratelimit;

import ai.assistants.application.port.out.RateLimiter;
import ai.assistants.domain.assistant.AccountId;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.VerboseResult;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The contract's rate limits on Bucket4j token buckets: one bucket per account holding both of its
 * limits (so a request is counted against both in one step, one Redis exchange), and one per client
 * address for failed authentications.
 *
 * <p>When two limits apply, the headers describe the one with fewer requests left (on a refusal, the
 * one that refused): that is the one a client must pace itself by.
 */
public final class BucketRateLimiter implements RateLimiter, AutoCloseable {

    private static final String ACCOUNT_KEY = "account:";
    private static final String ADDRESS_KEY = "auth-failures:";

    private final List<Limit> accountLimits;
    private final Limit failedAuthentications;
    private final BucketConfiguration accountBuckets;
    private final BucketConfiguration addressBuckets;
    private final BucketStore store;
    private final AutoCloseable closeable;
    private final Clock clock;
    /** Addresses this instance saw over their limit, until when: refused without asking the store. */
    private final Cache<String, Long> refusedAddressesUntil = Caffeine.newBuilder()
            .maximumSize(LocalBucketStore.MAX_BUCKETS)
            .expireAfterWrite(Duration.ofMinutes(2))
            .build();

    BucketRateLimiter(Limit perMinute, Limit burst, Limit failedAuthentications, BucketStore store,
                      AutoCloseable closeable, Clock clock) {
        this.accountLimits = List.of(perMinute, burst).stream().filter(Limit::isOn).toList();
        this.failedAuthentications = failedAuthentications;
        this.accountBuckets = configuration(accountLimits);
        this.addressBuckets = configuration(List.of(failedAuthentications).stream().filter(Limit::isOn).toList());
        this.store = store;
        this.closeable = closeable;
        this.clock = clock;
    }

    /** Buckets in this process only: the limits hold for one instance. */
    public static BucketRateLimiter inProcess(Limit perMinute, Limit burst, Limit failedAuthentications) {
        return new BucketRateLimiter(perMinute, burst, failedAuthentications,
                new LocalBucketStore(longest(perMinute, burst, failedAuthentications)), () -> { }, Clock.systemUTC());
    }

    /**
     * Buckets in Redis, shared by every instance that names the same Redis and key prefix; while Redis
     * is unreachable, each instance counts on its own.
     */
    public static BucketRateLimiter sharedThroughRedis(URI redis, String keyPrefix,
                                                       Limit perMinute, Limit burst, Limit failedAuthentications) {
        RedisBucketStore shared = new RedisBucketStore(redis, keyPrefix);
        BucketStore store = new FailingOverBucketStore(shared,
                new LocalBucketStore(longest(perMinute, burst, failedAuthentications)), System::nanoTime);
        return new BucketRateLimiter(perMinute, burst, failedAuthentications, store, shared, Clock.systemUTC());
    }

    @Override
    public Optional<Quota> tryRequest(AccountId account) {
        if (accountLimits.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(quota(store.tryTakeOne(ACCOUNT_KEY + account.value(), accountBuckets), accountLimits));
    }

    @Override
    public Optional<Quota> refusedAddress(String clientAddress) {
        if (!failedAuthentications.isOn()) {
            return Optional.empty();
        }
        Long until = refusedAddressesUntil.getIfPresent(clientAddress);
        long now = clock.millis();
        if (until == null || until <= now) {
            return Optional.empty();
        }
        long retryAfter = Limit.ceilSeconds((until - now) * 1_000_000L);
        return Optional.of(new Quota(false, failedAuthentications.requests(), 0,
                epochSecond() + failedAuthentications.secondsToFull(0), retryAfter));
    }

    @Override
    public Optional<Quota> tryFailedAuthentication(String clientAddress) {
        if (!failedAuthentications.isOn()) {
            return Optional.empty();
        }
        Quota quota = quota(store.tryTakeOne(ADDRESS_KEY + clientAddress, addressBuckets), List.of(failedAuthentications));
        if (!quota.allowed()) {
            refusedAddressesUntil.put(clientAddress, clock.millis() + quota.retryAfterSeconds() * 1000);
        }
        return Optional.of(quota);
    }

    /** The limit with the fewest requests left is the one the answer describes. */
    private Quota quota(VerboseResult<ConsumptionProbe> taken, List<Limit> limits) {
        ConsumptionProbe probe = taken.getValue();
        long[] left = taken.getDiagnostics().getAvailableTokensPerEachBandwidth();
        int tightest = 0;
        for (int i = 1; i < limits.size(); i++) {
            if (left[i] < left[tightest]
                    || left[i] == left[tightest] && limits.get(i).secondsToFull(left[i]) > limits.get(tightest).secondsToFull(left[tightest])) {
                tightest = i;
            }
        }
        Limit limit = limits.get(tightest);
        long remaining = Math.max(0, Math.min(left[tightest], limit.requests()));
        long retryAfter = probe.isConsumed() ? 0 : Math.max(1, Limit.ceilSeconds(probe.getNanosToWaitForRefill()));
        return new Quota(probe.isConsumed(), limit.requests(), remaining,
                epochSecond() + limit.secondsToFull(remaining), retryAfter);
    }

    private long epochSecond() {
        return clock.millis() / 1000;
    }

    private static BucketConfiguration configuration(List<Limit> limits) {
        ConfigurationBuilder builder = BucketConfiguration.builder();
        if (limits.isEmpty()) {
            return null;
        }
        for (Limit limit : limits) {
            builder.addLimit(Bandwidth.builder().capacity(limit.requests())
                    .refillGreedy(limit.requests(), limit.period()).build());
        }
        return builder.build();
    }

    private static Duration longest(Limit... limits) {
        Duration longest = Duration.ofSeconds(1);
        for (Limit limit : limits) {
            longest = limit.period().compareTo(longest) > 0 ? limit.period() : longest;
        }
        return longest;
    }

    @Override
    public void close() throws Exception {
        closeable.close();
    }
}
