package ai.assistants.adapters.persistence.transaction;

import ai.assistants.application.port.out.StorageUnavailableException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a database that is away or too slow (the request may succeed later) from a statement the
 * database refused (a constraint, a bug). EclipseLink, JTA and the pool each wrap the driver's
 * exception in their own, so the whole cause chain is read.
 */
final class StorageFailures {

    /**
     * SQLSTATEs of a connection lost, refused or timed out: class 08 (connection exception), the
     * server shutting down or starting (57P01-57P03), a statement cancelled by the query timeout
     * (57014), no connection slot left (53300), H2's timeout (HYT00) and broken connection (90067).
     */
    private static final Set<String> TRANSIENT_STATES = Set.of("57P01", "57P02", "57P03", "57014", "53300",
            "HYT00", "90067");

    private StorageFailures() {
    }

    /** {@code failure} itself, or a {@link StorageUnavailableException} when the database was away or too slow. */
    static RuntimeException translated(RuntimeException failure) {
        if (failure instanceof StorageUnavailableException || !isTransient(failure)) {
            return failure;
        }
        return new StorageUnavailableException(failure);
    }

    static boolean isTransient(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = next(cause)) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLTimeoutException || cause instanceof SocketTimeoutException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || TRANSIENT_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable cause) {
        if (cause.getCause() == null && cause instanceof SQLException sql) {
            return sql.getNextException();
        }
        return cause.getCause();
    }
}
