package ai.assistants.bootstrap.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import javax.sql.DataSource;

/** Makes the server's data sources injectable by constructor everywhere else. */
@ApplicationScoped
public class DataSourceResource {

    @Produces
    @Resource(lookup = "jdbc/assistants")
    private DataSource dataSource;

    @Produces
    @Migrations
    @Resource(lookup = "jdbc/assistants-migrations")
    private DataSource migrations;
}
