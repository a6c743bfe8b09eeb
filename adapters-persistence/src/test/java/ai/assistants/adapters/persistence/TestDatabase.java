package ai.assistants.adapters.persistence;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BiConsumer;

/** A fresh, empty database (or schema) for one test, dropped on close. */
public abstract class TestDatabase implements AutoCloseable {

    private final String jdbcUrl;
    private final DataSource dataSource;

    /** @param pointAt sets a new {@code dataSource} of the driver's own type to {@code jdbcUrl} */
    <D extends DataSource> TestDatabase(String jdbcUrl, D dataSource, BiConsumer<D, String> pointAt) {
        pointAt.accept(dataSource, jdbcUrl);
        this.jdbcUrl = jdbcUrl;
        this.dataSource = dataSource;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public abstract void close();

    /** One statement on this database, on a connection of its own and outside JPA. */
    public void execute(String sql) {
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
