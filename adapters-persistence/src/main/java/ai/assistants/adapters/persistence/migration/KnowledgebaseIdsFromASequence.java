package ai.assistants.adapters.persistence.migration;

import org.flywaydb.core.api.migration.Context;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * V1_13_1: the sequence {@code knowledgebases_id_seq}, from which the service takes the ids of the
 * knowledge bases it creates (EclipseLink cannot read an identity column back on H2 2.x, see the
 * assistants' sequence). On PostgreSQL it is the identity column's own sequence, which exists already
 * and goes on where it was. H2 names its identity's sequence itself, so there one is created, starting
 * after the greatest id stored, so rows written by hand before keep theirs; Java because a sequence's
 * start must be a constant in SQL. The demo set, loaded after this on a new database, moves it past
 * its own ids (V1000_5).
 */
final class KnowledgebaseIdsFromASequence extends VersionedJavaMigration {

    KnowledgebaseIdsFromASequence() {
        super("1.13.1", "knowledge base ids from a sequence");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        if (context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            long next;
            try (ResultSet greatest = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM knowledgebases")) {
                greatest.next();
                next = greatest.getLong(1);
            }
            statement.execute("CREATE SEQUENCE knowledgebases_id_seq START WITH " + next);
        }
    }
}
