package ai.assistants.adapters.persistence.transaction;

import ai.assistants.application.port.out.StorageUnavailableException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class StorageFailuresTest {

    @Test
    void recognisesADatabaseAwayOrTooSlowThroughTheWrappers() {
        for (Throwable driverFailure : new Throwable[] {
                new SQLException("Connection refused", "08001"),
                new SQLException("An I/O error occurred while sending to the backend.", "08006"),
                new SQLException("terminating connection due to administrator command", "57P01"),
                new SQLException("canceling statement due to statement timeout", "57014"),
                new SQLTransientConnectionException("J2CA0045E: Connection not available"),
                new SocketTimeoutException("Read timed out")}) {
            RuntimeException wrapped = new PersistenceException("Could not commit",
                    new RuntimeException("EclipseLink", driverFailure));

            assertThat(StorageFailures.translated(wrapped)).as(driverFailure.toString())
                    .isInstanceOf(StorageUnavailableException.class)
                    .hasCause(wrapped);
        }
    }

    @Test
    void findsTheCauseInTheChainOfNextExceptions() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "XX000");
        batch.setNextException(new SQLException("connection lost", "08003"));

        assertThat(StorageFailures.isTransient(new PersistenceException(batch))).isTrue();
    }

    @Test
    void leavesWhatTheDatabaseRefusedAsItIs() {
        RuntimeException constraint = new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505"));
        RuntimeException bug = new IllegalStateException("no SQL at all");
        RuntimeException deadlock = new PersistenceException(new SQLException("deadlock detected", "40P01"));

        assertThat(StorageFailures.translated(constraint)).isSameAs(constraint);
        assertThat(StorageFailures.translated(bug)).isSameAs(bug);
        assertThat(StorageFailures.translated(deadlock)).isSameAs(deadlock);
    }

    @Test
    void doesNotWrapAnOutageTwice() {
        StorageUnavailableException outage = new StorageUnavailableException(new SQLException("gone", "08006"));

        assertThat(StorageFailures.translated(outage)).isSameAs(outage);
    }
}
