package ai.assistants.adapters.persistence.migration;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration written in Java, run once in its own transaction at its version. The version is given
 * rather than read from a Flyway-style class name, so the classes keep names that say what they do.
 */
abstract class VersionedJavaMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    VersionedJavaMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    /** None: a Java migration is not compared with a checksum of its source. */
    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
