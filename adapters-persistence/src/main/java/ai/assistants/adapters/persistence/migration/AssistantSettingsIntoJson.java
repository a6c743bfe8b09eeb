package ai.assistants.adapters.persistence.migration;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import org.flywaydb.core.api.migration.Context;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * V1_6: fills each assistant's {@code settings} (added by V1_5) from the columns V1_7 drops, in
 * the shape the adapter reads since then: the profile's groups under their snake_case names, each
 * field under its own, enums as the codes the columns held, numbers as stored (PostgreSQL's keep
 * their scale), a NULL column left out. The lists and variables were JSON already and are copied
 * as they are. Java, not SQL, because H2 and PostgreSQL share no function that builds JSON.
 *
 * <p>It names the V1_4 columns itself rather than going through the adapter's mapping, so that it
 * does the same thing however the domain changes later.
 */
final class AssistantSettingsIntoJson extends VersionedJavaMigration {

    private static final JsonProvider JSON = JsonProvider.provider();

    AssistantSettingsIntoJson() {
        super("1.6", "assistant settings into json");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        // DatabaseMigrations requires stringtype=unspecified on PostgreSQL, so the text binds to jsonb.
        try (Statement select = connection.createStatement();
             ResultSet row = select.executeQuery("SELECT * FROM assistants");
             PreparedStatement update = connection.prepareStatement("UPDATE assistants SET settings = ? WHERE id = ?")) {
            while (row.next()) {
                update.setString(1, settingsOf(row).toString());
                update.setLong(2, row.getLong("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static JsonObject settingsOf(ResultSet row) throws SQLException {
        Fields settings = new Fields(row)
                .copy("timezone", "initial_message", "system_prompt")
                .group("engine", new Fields(row)
                        .copy("mode", "llm_model_id", "multimodal_model_id", "chat_llm_fallback_id",
                                "turn_detection_threshold"))
                .json("secondary_language_ids");
        if (row.getObject("knowledgebase_id") != null) {
            settings.group("knowledgebase", new Fields(row)
                    .copy("knowledgebase_id")
                    .rename("knowledgebase_mode", "mode"));
        }
        return settings
                .group("providers", new Fields(row).copy("synthesizer_provider_id", "transcriber_provider_id"))
                .group("voice", new Fields(row)
                        .copy("voice_stability", "voice_similarity", "speech_speed", "llm_temperature",
                                "tts_emotion_enabled"))
                .group("call", new Fields(row)
                        .copy("allow_interruptions", "fillers")
                        .json("filler_config")
                        .rename("record_calls", "record")
                        .copy("enable_noise_cancellation", "wait_for_customer"))
                .group("timing", new Fields(row)
                        .copy("max_duration", "max_silence_duration", "max_initial_silence_duration", "ringing_time"))
                .group("reengagement", new Fields(row).copy("reengagement_interval", "reengagement_prompt"))
                .group("voicemail", new Fields(row).copy("end_call_on_voicemail", "voice_mail_message"))
                .group("endpointing", new Fields(row)
                        .copy("endpoint_type", "endpoint_sensitivity", "interrupt_sensitivity", "min_interrupt_words"))
                .group("ambient", new Fields(row).copy("ambient_sound", "ambient_sound_volume"))
                .group("webhooks", new Fields(row)
                        .copy("is_webhook_active", "webhook_url", "send_webhook_only_on_completed",
                                "include_recording_in_webhook", "conversation_ended_webhook_url"))
                .group("evaluation", new Fields(row).copy("post_call_evaluation").json("post_call_schema"))
                .json("variables")
                .group("conversation", new Fields(row)
                        .copy("conversation_inactivity_timeout", "conversation_ended_retrigger"))
                .build();
    }

    /** Columns of the current row as the fields of one JSON object, each under the column's name unless renamed. */
    private static final class Fields {

        private final ResultSet row;
        private final JsonObjectBuilder object = JSON.createObjectBuilder();

        Fields(ResultSet row) {
            this.row = row;
        }

        Fields copy(String... columns) throws SQLException {
            for (String column : columns) {
                rename(column, column);
            }
            return this;
        }

        Fields rename(String column, String key) throws SQLException {
            Object value = row.getObject(column);
            if (value != null) {
                object.add(key, scalar(value));
            }
            return this;
        }

        /** A column that holds JSON text (jsonb on PostgreSQL, text on H2), copied as JSON. */
        Fields json(String column) throws SQLException {
            String text = row.getString(column);
            if (text != null) {
                try (JsonReader reader = JSON.createReader(new StringReader(text))) {
                    object.add(column, reader.readValue());
                }
            }
            return this;
        }

        Fields group(String key, Fields fields) {
            object.add(key, fields.object);
            return this;
        }

        JsonObject build() {
            return object.build();
        }

        private static JsonValue scalar(Object value) {
            if (value instanceof String text) {
                return JSON.createValue(text);
            }
            if (value instanceof Boolean flag) {
                return flag ? JsonValue.TRUE : JsonValue.FALSE;
            }
            if (value instanceof BigDecimal decimal) {
                return JSON.createValue(decimal);
            }
            if (value instanceof Integer || value instanceof Long) {
                return JSON.createValue(((Number) value).longValue());
            }
            throw new IllegalStateException("No JSON form for a column of " + value.getClass().getName());
        }
    }
}
