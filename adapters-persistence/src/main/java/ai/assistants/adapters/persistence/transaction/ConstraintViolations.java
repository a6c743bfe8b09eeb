package ai.assistants.adapters.persistence.transaction;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises a unique-constraint violation by SQL state and constraint name. PostgreSQL names the
 * constraint in its message; H2 names the constraint's index, which starts with the constraint name.
 * Driver-specific exception types are avoided so the same check works for both, inside the
 * provider's wrapping exceptions.
 */
public final class ConstraintViolations {

    private static final String UNIQUE_VIOLATION = "23505";

    private ConstraintViolations() {
    }

    public static boolean isUniqueViolation(Throwable failure, String constraintName) {
        String expected = constraintName.toLowerCase(Locale.ROOT);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && violates(sql, expected)) {
                return true;
            }
        }
        return false;
    }

    private static boolean violates(SQLException failure, String constraintName) {
        for (SQLException next = failure; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState()) && next.getMessage() != null
                    && next.getMessage().toLowerCase(Locale.ROOT).contains(constraintName)) {
                return true;
            }
        }
        return false;
    }
}
