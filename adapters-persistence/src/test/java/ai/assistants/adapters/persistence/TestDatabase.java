package ai.assistants.adapters.persistence;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** A fresh, empty database (or schema) for one test, dropped on close. */
public interface TestDatabase extends AutoCloseable {

    String jdbcUrl();

    DataSource dataSource();

    @Override
    void close();

    /** One statement on this database, on a connection of its own and outside JPA. */
    default void execute(String sql) {
        execute(dataSource()::getConnection, sql);
    }

    /** A setup or teardown statement that fails fails the test: unchecked, so callers read as plain steps. */
    static void execute(ConnectionSource connections, String sql) {
        try (Connection connection = connections.open()) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where {@link #execute(ConnectionSource, String)} gets its connection: a data source or a server URL. */
    @FunctionalInterface
    interface ConnectionSource {

        Connection open() throws SQLException;
    }
}
