package ai.assistants.adapters.persistence;

import ai.assistants.adapters.persistence.migration.DatabaseMigrations;
import ai.assistants.application.port.out.ProfileVariants;
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
    int statementsAskingForTheId() {
        return 0; // its INSERT returns the id the column took
    }

    @Override
    TestDatabase freshDatabase() {
        return new PostgresTestDatabase();
    }

    @Test
    void storesToolsAndSettingsAsQueryableJsonb() throws SQLException {
        store.assistants.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.full()));
        store.assistants.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()));

        try (Connection connection = store.database.dataSource().getConnection();
             ResultSet result = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM assistants WHERE tools @> '[{\"type\": \"calendar_integration\"}]'"
                             + " AND tools @> '[{\"type\": \"assistant_transfer\", \"assistant_id\": 1}]'"
                             + " AND tool_ids @> '[2]'"
                             + " AND settings @> '{\"variables\": [{\"name\": \"vip\", \"value\": true}]}'"
                             + " AND settings @> '{\"ambient\": {\"ambient_sound\": \"office\"}}'"
                             + " AND pg_typeof(tools) = 'jsonb'::regtype AND pg_typeof(settings) = 'jsonb'::regtype")) {
            result.next();
            assertThat(result.getLong(1)).isEqualTo(1);
        }
    }

    @Test
    void keepsTheOrderOfVariablesInJsonbWhichSortsTheKeysOfAnObject() throws SQLException {
        store.assistants.saveNew(Assistants.newAssistant(ALPHA, ProfileVariants.withVariables(AssistantProfiles.minimal(),
                ProfileVariants.unsortedVariablesOfEveryKind())));

        try (Connection connection = store.database.dataSource().getConnection();
             ResultSet result = connection.createStatement().executeQuery(
                     "SELECT jsonb_path_query_array(settings, '$.variables[*].name')::text,"
                             + " jsonb_path_query_array(settings, '$.variables[*].value')::text FROM assistants")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("[\"zeta\", \"alpha\", \"flag\", \"count\"]");
            assertThat(result.getString(2)).isEqualTo("[\"last letter first\", 2.50, false, 3]");
        }
    }

    @Test
    void keepsTheScaleOfDecimalsInTheStoredJson() throws SQLException {
        store.assistants.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()));

        try (Connection connection = store.database.dataSource().getConnection();
             ResultSet result = connection.createStatement().executeQuery(
                     "SELECT settings #>> '{voice,voice_stability}' FROM assistants")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("0.70");
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
