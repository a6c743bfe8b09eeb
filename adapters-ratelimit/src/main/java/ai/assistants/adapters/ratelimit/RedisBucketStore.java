package ai.assistants.adapters.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.VerboseResult;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
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
        return buckets.builder().build(keyPrefix + key, () -> configuration).asVerbose().tryConsumeAndReturnRemaining(1);
    }

    @Override
    public void close() {
        redis.close();
    }
}
