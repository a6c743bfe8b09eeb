package ai.assistants.adapters.persistence.json;

import ai.assistants.domain.assistant.FillerConfig;
import ai.assistants.domain.assistant.Variables;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.CallTransferTool;
import ai.assistants.domain.assistant.tool.CollectKeypadTool;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonColumnsTest {

    private final JsonColumns columns = new JsonColumns();

    @Test
    void writesToolsWithTheirTypeAndTheContractsFieldNamesLeavingOutUnsetFields() {
        List<BuiltInTool> tools = List.of(new CallTransferTool("+40712345678", null, true, null, null, null),
                new CollectKeypadTool(5L, "#"));

        String json = columns.toolsToJson(tools);

        assertThat(json).isEqualTo("[{\"phone_number\":\"+40712345678\",\"custom\":true,\"type\":\"call_transfer\"},"
                + "{\"timeout\":5,\"stop_key\":\"#\",\"type\":\"collect_keypad\"}]");
        assertThat(columns.toolsFromJson(json)).isEqualTo(tools);
    }

    @Test
    void keepsTheOrderAndTheKindOfEachVariable() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("zeta", "last letter first");
        values.put("alpha", new BigDecimal("2.50"));
        values.put("flag", false);

        Variables reloaded = columns.variablesFromJson(columns.variablesToJson(new Variables(values)));

        assertThat(reloaded.values()).containsExactlyEntriesOf(values);
    }

    @Test
    void tellsAnAbsentFillerCategoryFromAnEmptyOne() {
        FillerConfig config = new FillerConfig(List.of(), null, List.of("Hmm", "Let me see"), null);

        assertThat(columns.fillerConfigFromJson(columns.fillerConfigToJson(config))).isEqualTo(config);
        assertThat(columns.fillerConfigToJson(null)).isNull();
    }

    @Test
    void tellsAListOrMapNeverSentFromAnEmptyOne() {
        assertThat(columns.idsToJson(null)).isNull();
        assertThat(columns.toolsToJson(null)).isNull();
        assertThat(columns.postCallSchemaToJson(null)).isNull();
        assertThat(columns.variablesToJson(new Variables(null))).isNull();
        assertThat(columns.idsFromJson(null)).isNull();
        assertThat(columns.toolsFromJson(null)).isNull();
        assertThat(columns.postCallSchemaFromJson(null)).isNull();
        assertThat(columns.variablesFromJson(null).values()).isNull();

        assertThat(columns.idsFromJson(columns.idsToJson(List.of()))).isNotNull().isEmpty();
        assertThat(columns.toolsFromJson(columns.toolsToJson(List.of()))).isNotNull().isEmpty();
        assertThat(columns.postCallSchemaFromJson(columns.postCallSchemaToJson(List.of()))).isNotNull().isEmpty();
        assertThat(columns.variablesFromJson(columns.variablesToJson(new Variables(Map.of()))).values())
                .isNotNull().isEmpty();
    }

    @Test
    void refusesAStoredToolOfAnUnknownType() {
        assertThatThrownBy(() -> columns.toolsFromJson("[{\"type\":\"teleport\"}]"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("teleport");
    }
}
