package ai.assistants.adapters.persistence.transaction;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises a constraint violation by SQL state and constraint name. PostgreSQL names the
 * constraint in its message; H2 names a unique constraint's index, which starts with the constraint
 * name, and a foreign key by its own name. Driver-specific exception types are avoided so the same
 * check works for both, inside the provider's wrapping exceptions.
 */
public final class ConstraintViolations {

    private static final Set<String> UNIQUE_VIOLATION = Set.of("23505");
    /** PostgreSQL says 23503 both ways; H2 says 23503 for a row still referenced, 23506 for a missing parent. */
    private static final Set<String> FOREIGN_KEY_VIOLATION = Set.of("23503", "23506");

    private ConstraintViolations() {
    }

    public static boolean isUniqueViolation(Throwable failure, String constraintName) {
        return violates(failure, UNIQUE_VIOLATION, constraintName);
    }

    /** A row named by the foreign key {@code constraintName} is missing, or is still referenced through it. */
    public static boolean isForeignKeyViolation(Throwable failure, String constraintName) {
        return violates(failure, FOREIGN_KEY_VIOLATION, constraintName);
    }

    private static boolean violates(Throwable failure, Set<String> states, String constraintName) {
        String expected = constraintName.toLowerCase(Locale.ROOT);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && violates(sql, states, expected)) {
                return true;
            }
        }
        return false;
    }

    private static boolean violates(SQLException failure, Set<String> states, String constraintName) {
        for (SQLException next = failure; next != null; next = next.getNextException()) {
            if (states.contains(next.getSQLState()) && next.getMessage() != null
                    && next.getMessage().toLowerCase(Locale.ROOT).contains(constraintName)) {
                return true;
            }
        }
        return false;
    }
}
