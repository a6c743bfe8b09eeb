package ai.assistants.bootstrap.database;

import ai.assistants.adapters.persistence.migration.DatabaseMigrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the schema up to date when the application starts. A database that is not reachable
 * yet does not stop the server: readiness stays DOWN and asks again, so an orchestrator can
 * start the service and its database in any order.
 */
@ApplicationScoped
public class DatabaseSchema {

    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

    private final DataSource dataSource;
    private final boolean withDemoData;
    private volatile boolean current;

    @Inject
    public DatabaseSchema(@Migrations DataSource dataSource,
                          @ConfigProperty(name = "assistants.demo-data", defaultValue = "false") boolean withDemoData) {
        this.dataSource = dataSource;
        this.withDemoData = withDemoData;
    }

    /** For CDI's proxy only. */
    protected DatabaseSchema() {
        this(null, false);
    }

    void migrateOnStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        isCurrent();
    }

    /** Migrates if that has not succeeded yet; true once the schema is up to date. */
    public synchronized boolean isCurrent() {
        if (!current) {
            try {
                DatabaseMigrations.migrate(dataSource, withDemoData);
                current = true;
                LOG.info(() -> "Database schema is up to date" + (withDemoData ? ", with the demo data set" : ""));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Database migration failed; readiness stays DOWN until it succeeds", e);
            }
        }
        return current;
    }
}
