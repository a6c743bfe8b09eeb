package ai.assistants.adapters.persistence.json;

import ai.assistants.application.port.out.ProfileVariants;
import ai.assistants.domain.assistant.AmbientSettings;
import ai.assistants.domain.assistant.AmbientSound;
import ai.assistants.domain.assistant.AssistantProfiles;
import ai.assistants.domain.assistant.EngineSettings;
import ai.assistants.domain.assistant.FillerConfig;
import ai.assistants.domain.assistant.VoiceSettings;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.CallTransferTool;
import ai.assistants.domain.assistant.tool.CollectKeypadTool;
import ai.assistants.domain.assistant.tool.StopKey;
import ai.assistants.domain.engine.EngineMode;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredJsonTest {

    @Test
    void writesEachToolWithItsTypeAndTheContractsFieldNamesLeavingOutUnsetFields() {
        List<BuiltInTool> tools = List.of(new CallTransferTool("+40712345678", null, true, null, null, null),
                new CollectKeypadTool(5L, StopKey.HASH));

        String json = StoredJson.writeTools(tools);

        assertThat(json).isEqualTo("[{\"type\":\"call_transfer\",\"custom\":true,\"phone_number\":\"+40712345678\"},"
                + "{\"type\":\"collect_keypad\",\"stop_key\":\"#\",\"timeout\":5}]");
        assertThat(StoredJson.readTools(json)).isEqualTo(tools);
    }

    @Test
    void readsEveryToolAsTheRecordItsTypeNames() {
        List<BuiltInTool> tools = AssistantProfiles.full().tools();

        assertThat(StoredJson.readTools(StoredJson.writeTools(tools))).isEqualTo(tools);
    }

    @Test
    void readsToolsAsTheWriterBeforeJsonbStoredThem() {
        String storedBefore = "[{\"phone_number\":\"+40712345678\",\"custom\":true,\"type\":\"call_transfer\"},"
                + "{\"timeout\":5,\"stop_key\":\"#\",\"type\":\"collect_keypad\"}]";

        assertThat(StoredJson.readTools(storedBefore)).containsExactly(
                new CallTransferTool("+40712345678", null, true, null, null, null), new CollectKeypadTool(5L, StopKey.HASH));
    }

    @Test
    void refusesAStoredToolOfAnUnknownType() {
        assertThatThrownBy(() -> StoredJson.readTools("[{\"type\":\"teleport\"}]"))
                .hasStackTraceContaining("Stored tool has an unknown type: teleport");
    }

    @Test
    void keepsTheOrderAndTheKindOfEachVariableAsAnArrayOfPairs() {
        Map<String, Object> values = ProfileVariants.unsortedVariablesOfEveryKind();

        String json = StoredJson.write(new Holder(values));

        assertThat(json).isEqualTo("{\"variables\":[{\"name\":\"zeta\",\"value\":\"last letter first\"},"
                + "{\"name\":\"alpha\",\"value\":2.50},{\"name\":\"flag\",\"value\":false},"
                + "{\"name\":\"count\",\"value\":3}]}");
        assertThat(StoredJson.read(json, Holder.class).variables()).containsExactlyEntriesOf(values)
                .extractingFromEntries(entry -> entry.getValue().getClass())
                .containsExactly(String.class, BigDecimal.class, Boolean.class, BigDecimal.class);
    }

    @Test
    void leavesOutVariablesNeverSentAndKeepsAnEmptyMapEmpty() {
        assertThat(StoredJson.write(new Holder(null))).isEqualTo("{}");
        assertThat(StoredJson.read("{}", Holder.class).variables()).isNull();
        assertThat(StoredJson.write(new Holder(Map.of()))).isEqualTo("{\"variables\":[]}");
        assertThat(StoredJson.read("{\"variables\":[]}", Holder.class).variables()).isNotNull().isEmpty();
    }

    @Test
    void turnsOnlyTheAnnotatedMapIntoPairs() {
        assertThat(StoredJson.write(Map.of("plain", 1))).isEqualTo("{\"plain\":1}");
    }

    /** A property holding variables, the way StoredSettings holds them. Public for JSON-B. */
    public record Holder(@jakarta.json.bind.annotation.JsonbTypeAdapter(VariablesAsPairs.class) Map<String, Object> variables) {
    }

    @Test
    void tellsAListNeverSentFromAnEmptyOne() {
        assertThat(StoredJson.writeTools(null)).isNull();
        assertThat(StoredJson.readTools(null)).isNull();
        assertThat(StoredJson.write(null)).isNull();
        assertThat(StoredJson.readIds(null)).isNull();
        assertThat(StoredJson.readTools(StoredJson.writeTools(List.of()))).isNotNull().isEmpty();
        assertThat(StoredJson.readIds(StoredJson.write(List.<Long>of()))).isNotNull().isEmpty();

        FillerConfig config = new FillerConfig(List.of(), null, List.of("Hmm", "Let me see"), null);
        assertThat(StoredJson.write(config)).isEqualTo("{\"positive\":[],\"question\":[\"Hmm\",\"Let me see\"]}");
        assertThat(StoredJson.read(StoredJson.write(config), FillerConfig.class)).isEqualTo(config);
    }

    @Test
    void keepsTheScaleOfDecimals() {
        VoiceSettings voice = AssistantProfiles.minimal().voice();

        String json = StoredJson.write(voice);

        assertThat(json).contains("\"voice_stability\":0.70", "\"speech_speed\":1.00");
        assertThat(StoredJson.read(json, VoiceSettings.class)).isEqualTo(voice);
    }

    @Test
    void writesEnumsAsTheContractsCodes() {
        AmbientSettings ambient = new AmbientSettings(AmbientSound.CROWDED_ROOM, new BigDecimal("0.5"));
        EngineSettings engine = new EngineSettings(EngineMode.MULTIMODAL, null, 2L, null, null);

        assertThat(StoredJson.write(ambient)).isEqualTo("{\"ambient_sound\":\"crowded_room\",\"ambient_sound_volume\":0.5}");
        assertThat(StoredJson.write(engine)).isEqualTo("{\"mode\":\"multimodal\",\"multimodal_model_id\":2}");
        assertThat(StoredJson.read(StoredJson.write(ambient), AmbientSettings.class)).isEqualTo(ambient);
        assertThat(StoredJson.read(StoredJson.write(engine), EngineSettings.class)).isEqualTo(engine);
    }

    @Test
    void writesAndReadsToolCodesAsTheyWereStoredAsText() {
        List<BuiltInTool> tools = AssistantProfiles.full().tools();

        String json = StoredJson.writeTools(tools);

        assertThat(json).contains("\"caller_id_mode\":\"custom\"", "\"hold_music\":\"hold_music\"",
                "\"stop_key\":\"*\"", "\"calcom_endpoint\":\"eu\"");
        assertThat(StoredJson.readTools(json)).isEqualTo(tools);
    }

    @Test
    void refusesAnUnknownCode() {
        assertThatThrownBy(() -> StoredJson.read("{\"ambient_sound\":\"jungle\"}", AmbientSettings.class))
                .isInstanceOf(JsonbException.class)
                .hasStackTraceContaining("Stored AmbientSound code is unknown: jungle");
    }
}
