package ai.assistants.adapters.persistence.migration;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
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
 * V1_9: fills {@code assistant_transfer_targets} (created by V1_8) from the {@code tools} of every
 * stored assistant: one row for each assistant an {@code assistant_transfer} tool names, each once.
 * Java, not SQL, because H2 and PostgreSQL share no function that reads a JSON array.
 *
 * <p>A tool that names its own assistant gets no row, as the adapter writes none: naming itself
 * never keeps an assistant from being deleted. Nor does a tool naming an assistant that does not
 * exist, which only a write outside the service could have stored: refusing the migration for it
 * would stop the service from starting, and there is nothing left to protect.
 *
 * <p>It reads the JSON keys itself rather than going through the adapter's mapping, so that it
 * does the same thing however the domain changes later.
 */
final class TransferTargetsFromTools extends VersionedJavaMigration {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String ASSISTANT_TRANSFER = "assistant_transfer";

    TransferTargetsFromTools() {
        super("1.9", "transfer targets from tools");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        // CAST: jsonb on PostgreSQL, text on H2; both read back as the same text.
        try (Statement select = connection.createStatement();
             ResultSet row = select.executeQuery(
                     "SELECT id, CAST(tools AS VARCHAR) AS tools FROM assistants WHERE tools IS NOT NULL");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO assistant_transfer_targets (assistant_id, target_assistant_id)"
                             + " SELECT ?, id FROM assistants WHERE id = ?")) {
            while (row.next()) {
                long assistantId = row.getLong("id");
                for (long target : targetsIn(row.getString("tools"))) {
                    if (target != assistantId) {
                        insert.setLong(1, assistantId);
                        insert.setLong(2, target);
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private static Set<Long> targetsIn(String tools) {
        Set<Long> targets = new TreeSet<>();
        JsonValue stored;
        try (JsonReader reader = JSON.createReader(new StringReader(tools))) {
            stored = reader.readValue();
        }
        if (!(stored instanceof JsonArray list)) {
            return targets;
        }
        for (JsonValue tool : list) {
            if (tool instanceof JsonObject fields && ASSISTANT_TRANSFER.equals(fields.getString("type", null))
                    && fields.get("assistant_id") instanceof JsonNumber id) {
                targets.add(id.longValue());
            }
        }
        return targets;
    }
}
