package ai.assistants.adapters.persistence.transaction;

import java.sql.SQLException;
import java.util.Set;

/**
 * Failures the database chose to end one of two colliding transactions with, so that the other could
 * go on: done again from the start, the losing one usually succeeds.
 */
public final class TransactionConflicts {

    /** 40001: serialization failure (H2's deadlock too); 40P01: PostgreSQL's deadlock. */
    private static final Set<String> STATES = Set.of("40001", "40P01");

    private TransactionConflicts() {
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
