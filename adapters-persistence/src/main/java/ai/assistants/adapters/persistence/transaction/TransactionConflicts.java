package ai.assistants.adapters.persistence.transaction;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Failures the database chose to end one of two colliding transactions with, so that the other could
 * go on: done again from the start, the losing one usually succeeds.
 */
public final class TransactionConflicts {

    /** 40001: serialization failure (H2's deadlock too); 40P01: PostgreSQL's deadlock. */
    private static final Set<String> STATES = Set.of("40001", "40P01");

    private TransactionConflicts() {
    }

    /**
     * {@code write} done again, up to {@code attempts} times in all, while the database ends it for a
     * conflict: a delete that locks a resource and then its referrers can meet a change of a referrer
     * that holds its own row and asks for the resource.
     */
    public static <T> T retried(int attempts, Supplier<T> write) {
        return retried(attempts, TransactionConflicts::isConflict, write);
    }

    /**
     * {@code write} done again, up to {@code attempts} times in all, while it fails as {@code again}
     * says: for a write whose own refusals (a foreign key a racing commit made fail) are worth another
     * attempt that reads anew. The last failure is thrown as it came.
     */
    public static <T> T retried(int attempts, Predicate<RuntimeException> again, Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException failure) {
                if (attempt >= attempts || !again.test(failure)) {
                    throw failure;
                }
            }
        }
    }

    /** Whether {@code failure}, or an exception it was caused by, is such a conflict. */
    public static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (STATES.contains(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
