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
 * V1_15_1: fills {@code assistant_outbound_phone_numbers} (created by V1_15) from the {@code tools} of
 * every stored assistant: one row for each number a {@code warm_call_transfer} tool calls out from, each
 * once. Java, not SQL, because H2 and PostgreSQL share no function that reads a JSON array.
 *
 * <p>Only numbers of the assistant's own account get a row, as the service only ever stored those; an
 * id naming no such number (only a write outside the service could have stored one) gets none rather
 * than stopping the service from starting. It reads the JSON keys itself rather than going through the
 * adapter's mapping, so that it does the same thing however the domain changes later.
 */
final class OutboundPhoneNumbersFromTools extends VersionedJavaMigration {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String WARM_CALL_TRANSFER = "warm_call_transfer";

    OutboundPhoneNumbersFromTools() {
        super("1.15.1", "outbound phone numbers from tools");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        // CAST: jsonb on PostgreSQL, text on H2; both read back as the same text.
        try (Statement select = connection.createStatement();
             ResultSet row = select.executeQuery("SELECT id, account_id, CAST(tools AS VARCHAR) AS tools"
                     + " FROM assistants WHERE tools IS NOT NULL");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO assistant_outbound_phone_numbers (assistant_id, phone_number_id)"
                             + " SELECT ?, id FROM phone_numbers WHERE id = ? AND account_id = ?")) {
            while (row.next()) {
                for (long number : numbersIn(row.getString("tools"))) {
                    insert.setLong(1, row.getLong("id"));
                    insert.setLong(2, number);
                    insert.setLong(3, row.getLong("account_id"));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static Set<Long> numbersIn(String tools) {
        Set<Long> numbers = new TreeSet<>();
        JsonValue stored;
        try (JsonReader reader = JSON.createReader(new StringReader(tools))) {
            stored = reader.readValue();
        }
        if (!(stored instanceof JsonArray list)) {
            return numbers;
        }
        for (JsonValue tool : list) {
            if (tool instanceof JsonObject fields && WARM_CALL_TRANSFER.equals(fields.getString("type", null))
                    && fields.get("outbound_phone_id") instanceof JsonNumber id) {
                numbers.add(id.longValue());
            }
        }
        return numbers;
    }
}
