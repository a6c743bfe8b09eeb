package ai.assistants.bootstrap.wiring;

import ai.assistants.adapters.ratelimit.BucketRateLimiter;
import ai.assistants.adapters.ratelimit.Limit;
import ai.assistants.application.port.out.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The rate limits of server.xml's {@code ratelimit.*} variables. Without a Redis URL the buckets live
 * in this process, which is right for one instance only: a cluster must name one Redis for all.
 */
@ApplicationScoped
public class RateLimits {

    private static final Logger LOG = Logger.getLogger(RateLimits.class.getName());

    /** {@code @Singleton}: the limiter is a final class, which a normal scope's client proxy cannot extend. */
    @Produces
    @Singleton
    BucketRateLimiter rateLimiter(
            @ConfigProperty(name = "assistants.ratelimit.minute", defaultValue = "100") long perMinute,
            @ConfigProperty(name = "assistants.ratelimit.burst", defaultValue = "20") long burst,
            @ConfigProperty(name = "assistants.ratelimit.auth.minute", defaultValue = "20") long failedAuthenticationsPerMinute,
            @ConfigProperty(name = "assistants.ratelimit.redis.url") Optional<String> redisUrl,
            @ConfigProperty(name = "assistants.ratelimit.redis.prefix", defaultValue = "assistants:ratelimit:") String keyPrefix) {
        Limit minute = Limit.perMinute(perMinute);
        Limit tenSeconds = new Limit(burst, Duration.ofSeconds(10));
        Limit failedAuthentications = Limit.perMinute(failedAuthenticationsPerMinute);
        if (redisUrl.filter(url -> !url.isBlank()).isEmpty()) {
            LOG.info("Rate limits are counted in this process (no ratelimit.redis.url): right for a single instance only");
            return BucketRateLimiter.inProcess(minute, tenSeconds, failedAuthentications);
        }
        return BucketRateLimiter.sharedThroughRedis(URI.create(redisUrl.get().strip()), keyPrefix, minute, tenSeconds,
                failedAuthentications);
    }

    void close(@Disposes BucketRateLimiter limiter) throws Exception {
        limiter.close();
    }
}
