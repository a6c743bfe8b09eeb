package ai.assistants.adapters.persistence;

import ai.assistants.adapters.persistence.migration.DatabaseMigrations;
import ai.assistants.domain.assistant.AssistantProfiles;
import ai.assistants.domain.assistant.Assistants;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract on PostgreSQL, the production database, and what only PostgreSQL offers. */
class AssistantStorePostgresTest extends AssistantStoreContract {

    @Override
    TestDatabase freshDatabase() {
        return new PostgresTestDatabase();
    }

    @Test
    void storesListsAndToolsAsQueryableJsonb() throws SQLException {
        store.assistants.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.full()));

        try (Connection connection = store.database.dataSource().getConnection();
             ResultSet result = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM assistants WHERE tools @> '[{\"type\": \"calendar_integration\"}]'"
                             + " AND tool_ids @> '[2]' AND variables @> '[{\"name\": \"vip\", \"value\": true}]'"
                             + " AND pg_typeof(tools) = 'jsonb'::regtype")) {
            result.next();
            assertThat(result.getLong(1)).isEqualTo(1);
        }
    }

    @Test
    void refusesADataSourceThatWouldBindJsonAsVarchar() {
        PGSimpleDataSource typedStrings = new PGSimpleDataSource();
        typedStrings.setURL(store.database.jdbcUrl().replace("stringtype=unspecified", "stringtype=varchar"));

        assertThatThrownBy(() -> DatabaseMigrations.migrate(typedStrings, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stringtype=unspecified");
    }
}
