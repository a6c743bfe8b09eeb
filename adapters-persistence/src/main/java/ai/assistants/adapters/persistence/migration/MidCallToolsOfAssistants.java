package ai.assistants.adapters.persistence.migration;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import org.flywaydb.core.api.migration.Context;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

/**
 * V1_12_1: fills {@code assistant_mid_call_tools} (created by V1_12) from the {@code tool_ids} of every
 * stored assistant, each id once, and moves the tools' id sequence past the ids already given. Java,
 * not SQL, because H2 and PostgreSQL share no function that reads a JSON array, nor a way to restart a
 * sequence at a computed value.
 *
 * <p>Only tools of the assistant's own account get a row, as the service only ever stored those; an
 * id naming no such tool (only a write outside the service could have stored one) gets none rather
 * than stopping the service from starting.
 */
final class MidCallToolsOfAssistants extends VersionedJavaMigration {

    private static final JsonProvider JSON = JsonProvider.provider();

    MidCallToolsOfAssistants() {
        super("1.12.1", "mid call tools of assistants");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        // CAST: jsonb on PostgreSQL, text on H2; both read back as the same text.
        try (Statement select = connection.createStatement();
             ResultSet row = select.executeQuery("SELECT id, account_id, CAST(tool_ids AS VARCHAR) AS tool_ids"
                     + " FROM assistants WHERE tool_ids IS NOT NULL");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO assistant_mid_call_tools (assistant_id, mid_call_tool_id)"
                             + " SELECT ?, id FROM mid_call_tools WHERE id = ? AND account_id = ?")) {
            while (row.next()) {
                for (long toolId : idsIn(row.getString("tool_ids"))) {
                    insert.setLong(1, row.getLong("id"));
                    insert.setLong(2, toolId);
                    insert.setLong(3, row.getLong("account_id"));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        try (Statement statement = connection.createStatement();
             ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM mid_call_tools")) {
            max.next();
            long next = max.getLong(1) + 1;
            statement.execute("ALTER SEQUENCE mid_call_tools_id_sequence RESTART WITH " + next);
        }
    }

    private static Set<Long> idsIn(String toolIds) {
        Set<Long> ids = new TreeSet<>();
        JsonValue stored;
        try (JsonReader reader = JSON.createReader(new StringReader(toolIds))) {
            stored = reader.readValue();
        }
        if (stored instanceof JsonArray list) {
            for (JsonValue id : list) {
                if (id instanceof JsonNumber number) {
                    ids.add(number.longValue());
                }
            }
        }
        return ids;
    }
}
