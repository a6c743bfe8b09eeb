package ai.assistants.application.port.out;

import java.util.function.Supplier;

/** One transaction around several port calls: every write inside joins it. */
public interface Transactions {

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inOne(Supplier<T> work);
}
