package ai.assistants.adapters.persistence.migration;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Brings a database to the current schema and reference data, and adds the demo data set when
 * asked. Safe on every start: applied migrations are skipped. Must run outside a JTA transaction
 * (Flyway commits on its own connection).
 */
public final class DatabaseMigrations {

    static final String SCHEMA = "classpath:db/migration/schema";
    static final String REFERENCE = "classpath:db/migration/reference";
    static final String DEMO = "classpath:db/migration/demo";

    private DatabaseMigrations() {
    }

    /**
     * @throws IllegalStateException when a PostgreSQL data source would bind JSON text as varchar
     *                               (its URL or properties lack {@code stringtype=unspecified}), which
     *                               would otherwise fail only at the first create
     */
    public static void migrate(DataSource dataSource, boolean withDemoData) {
        boolean postgres = isPostgres(dataSource);
        if (postgres) {
            requireUntypedStrings(dataSource);
        }
        configuration(dataSource, withDemoData, postgres).load().migrate();
    }

    /** The configuration {@link #migrate} runs, for tests that stop it at an earlier version. */
    static FluentConfiguration configuration(DataSource dataSource, boolean withDemoData) {
        return configuration(dataSource, withDemoData, isPostgres(dataSource));
    }

    private static FluentConfiguration configuration(DataSource dataSource, boolean withDemoData, boolean postgres) {
        List<String> locations = new ArrayList<>(List.of(SCHEMA, REFERENCE));
        if (withDemoData) {
            locations.add(DEMO);
        }
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                // Each location, and Flyway's default callback location db/callback, holds an empty
                // flyway.location file: inside a WAR on Liberty, Flyway finds a classpath folder only
                // through a file in it, and reports every folder it cannot find as an error.
                .locations(locations.toArray(String[]::new))
                // Named here rather than found by scanning, which would need the class in a package
                // named after its location.
                .javaMigrations(new AssistantSettingsIntoJson(), new TransferTargetsFromTools(),
                        new MidCallToolsOfAssistants(), new KnowledgebaseIdsFromASequence(),
                        new OutboundPhoneNumbersFromTools())
                .placeholders(Map.of("json_type", jsonColumnType(postgres)))
                // A database that once loaded the demo set may later start without it, and a schema
                // migration added later must still apply after the demo set's higher version.
                .ignoreMigrationPatterns("*:missing", "*:future")
                .outOfOrder(true);
    }

    /**
     * jsonb on PostgreSQL. H2 gets plain text: its JSON type would store a bound string as a JSON
     * string literal instead of parsing it.
     */
    private static String jsonColumnType(boolean postgres) {
        return postgres ? "JSONB" : "CHARACTER VARYING";
    }

    /**
     * JPA binds the JSON columns as strings; PostgreSQL accepts a string for a jsonb column only
     * when the driver sends it untyped. Typed, a string parameter keeps its type through COALESCE;
     * untyped, it resolves to text.
     */
    private static void requireUntypedStrings(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT CAST(pg_typeof(COALESCE(?, '')) AS TEXT)")) {
            statement.setString(1, "[]");
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                if ("character varying".equals(result.getString(1))) {
                    throw new IllegalStateException("The PostgreSQL data source must send strings untyped:"
                            + " add stringtype=unspecified to its URL (the JSON columns are jsonb)");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }
}
