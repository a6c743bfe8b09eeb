package ai.assistants.adapters.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.VerboseResult;

/** Where the buckets live: in this process, or in Redis for every instance together. */
interface BucketStore {

    /** Takes one request from the key's bucket, creating the bucket with the configuration on first use. */
    VerboseResult<ConsumptionProbe> tryTakeOne(String key, BucketConfiguration configuration);
}
