package ai.assistants.adapters.persistence;

import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/** The embedded default's engine: H2 in PostgreSQL mode, in memory, one database per test. */
final class H2TestDatabase implements TestDatabase {

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private final JdbcDataSource dataSource = new JdbcDataSource();

    H2TestDatabase() {
        dataSource.setURL(url);
    }

    @Override
    public String jdbcUrl() {
        return url;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        execute("SHUTDOWN");
    }
}
