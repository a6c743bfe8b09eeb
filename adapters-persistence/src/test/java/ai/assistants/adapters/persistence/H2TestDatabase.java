package ai.assistants.adapters.persistence;

import org.h2.jdbcx.JdbcDataSource;

import java.util.UUID;

/** The embedded default's engine: H2 in PostgreSQL mode, in memory, one database per test. */
public final class H2TestDatabase extends TestDatabase {

    public H2TestDatabase() {
        super("jdbc:h2:mem:" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                new JdbcDataSource(), JdbcDataSource::setURL);
    }

    @Override
    public void close() {
        execute("SHUTDOWN");
    }
}
