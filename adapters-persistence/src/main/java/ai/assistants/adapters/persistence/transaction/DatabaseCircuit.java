package ai.assistants.adapters.persistence.transaction;

import ai.assistants.application.port.out.StorageUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * The server's every use of the database passes here. Once half of the last four found it away or
 * too slow, the circuit opens: for the next second every use fails at once (MicroProfile's
 * {@code CircuitBreakerOpenException}), as it would have after the driver's timeouts, instead of each
 * request opening connections to a database that does not answer. Then one use is let through; its
 * success closes the circuit, its failure opens it for another second. Only outages count: a
 * constraint or a rule the database refused is an answer, not a failure.
 */
@ApplicationScoped
public class DatabaseCircuit {

    /** @throws StorageUnavailableException when the database was away or too slow */
    @CircuitBreaker(failOn = StorageUnavailableException.class, requestVolumeThreshold = 4, failureRatio = 0.5,
            delay = 1, delayUnit = ChronoUnit.SECONDS, successThreshold = 1)
    public <T> T call(Supplier<T> use) {
        try {
            return use.get();
        } catch (RuntimeException failure) {
            throw StorageFailures.translated(failure);
        }
    }
}
