package ai.assistants.adapters.persistence.migration;

import javax.sql.DataSource;

/** A database as an earlier release left it, for tests of what the later migrations do to its rows. */
public final class EarlierSchema {

    private static final String FIRST_DEMO_SET = "1000.1";

    private EarlierSchema() {
    }

    /**
     * The schema up to {@code version} with the reference and demo data, the way a release whose
     * last schema migration was {@code version} left a database; {@link DatabaseMigrations#migrate}
     * then applies the later schema migrations out of order, as it does in production. Those releases
     * shipped the demo set's first migration only: later ones need the later schema.
     */
    public static void migrateTo(DataSource dataSource, String version) {
        DatabaseMigrations.configuration(dataSource, true).target(version).load().migrate();
        DatabaseMigrations.configuration(dataSource, true)
                .locations(DatabaseMigrations.REFERENCE, DatabaseMigrations.DEMO)
                .javaMigrations()
                .target(FIRST_DEMO_SET)
                .load().migrate();
    }
}
