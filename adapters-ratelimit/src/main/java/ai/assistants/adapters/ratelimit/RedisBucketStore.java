package ai.assistants.adapters.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.VerboseResult;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.distributed.serialization.Mapper;
import io.github.bucket4j.redis.jedis.Bucket4jJedis;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.JedisPooled;

import java.net.URI;
import java.time.Duration;

/**
 * Buckets in Redis, so every instance counts the same requests. Bucket4j keeps each bucket's
 * state under one key and changes it with compare-and-swap, so two instances taking from one
 * bucket at once never both get the last request. Every wait is short: a request must not hang
 * because Redis does (see {@link FailingOverBucketStore}).
 */
final class RedisBucketStore implements BucketStore, AutoCloseable {

    static final int TIMEOUT_MILLIS = 250;

    private final JedisPooled redis;
    private final ProxyManager<String> buckets;
    private final String keyPrefix;
    /**
     * One proxy per bucket, kept while it is used: a proxy batches the requests that reach it at the
     * same moment into one exchange with Redis, rather than each losing a compare-and-swap to the others.
     */
    private final Cache<String, Bucket> proxies = Caffeine.newBuilder()
            .maximumSize(LocalBucketStore.MAX_BUCKETS)
            .expireAfterAccess(Duration.ofMinutes(2))
            .build();

    RedisBucketStore(URI url, String keyPrefix) {
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        // as many connections as the server has request threads at a busy moment, and no long wait for one
        pool.setMaxTotal(64);
        pool.setMaxIdle(64);
        pool.setMaxWait(Duration.ofMillis(TIMEOUT_MILLIS));
        pool.setJmxEnabled(false);
        this.redis = new JedisPooled(pool, url, TIMEOUT_MILLIS, TIMEOUT_MILLIS);
        this.buckets = Bucket4jJedis.casBasedBuilder(redis)
                .keyMapper(Mapper.STRING)
                // a bucket that would be full again by now is no longer stored
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(5)))
                .requestTimeout(Duration.ofMillis(2L * TIMEOUT_MILLIS))
                .build();
        this.keyPrefix = keyPrefix;
    }

    @Override
    public VerboseResult<ConsumptionProbe> tryTakeOne(String key, BucketConfiguration configuration) {
        return proxies.get(key, any -> buckets.builder()
                        .withOptimization(Optimizations.batching())
                        .build(keyPrefix + key, () -> configuration))
                .asVerbose().tryConsumeAndReturnRemaining(1);
    }

    @Override
    public void close() {
        redis.close();
    }
}
