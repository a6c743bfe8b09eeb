package ai.assistants.adapters.persistence;

import javax.sql.DataSource;

/** A fresh, empty database (or schema) for one test, dropped on close. */
public interface TestDatabase extends AutoCloseable {

    String jdbcUrl();

    DataSource dataSource();

    @Override
    void close();
}
