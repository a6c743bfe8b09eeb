package ai.assistants.adapters.rest.json;

import ai.assistants.adapters.rest.contract.AssistantRequest;
import ai.assistants.domain.assistant.PostCallFieldType;
import ai.assistants.domain.assistant.tool.StopKey;
import ai.assistants.domain.assistant.FillerConfig;
import ai.assistants.domain.assistant.PostCallField;
import ai.assistants.domain.assistant.tool.BookingField;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.CalendarIntegrationTool;
import ai.assistants.domain.assistant.tool.CallTransferTool;
import ai.assistants.domain.assistant.tool.CollectKeypadTool;
import ai.assistants.domain.assistant.tool.UnrecognizedTool;
import ai.assistants.adapters.rest.contract.RenderedErrors;
import ai.assistants.domain.validation.Violations;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class JsonRecordBinderTest {

    private final JsonRecordBinder binder = new JsonRecordBinder();
    private final Violations violations = new Violations();

    private AssistantRequest bind(String json) {
        return binder.bind(parse(json.replace('\'', '"')), AssistantRequest.class, violations);
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void bindsEveryJsonKindOntoTheSnakeCaseNamedComponents() {
        AssistantRequest draft = bind("{'name':'Support','voice_id':1,'language_id':2,'turn_detection_threshold':0.5,"
                + "'fillers':true,'is_webhook_active':false,'record':true,'secondary_language_ids':[3,4],"
                + "'voice_mail_message':'Call back','filler_config':{'positive':['Great']},"
                + "'post_call_schema':[{'name':'outcome','type':'string','description':'What happened'}]}");

        assertThat(violations.isEmpty()).isTrue();
        assertThat(draft.name()).isEqualTo("Support");
        assertThat(draft.voiceId()).isEqualTo(1L);
        assertThat(draft.languageId()).isEqualTo(2L);
        assertThat(draft.turnDetectionThreshold()).isEqualByComparingTo("0.5");
        assertThat(draft.fillers()).isTrue();
        assertThat(draft.isWebhookActive()).isFalse();
        assertThat(draft.record()).isTrue();
        assertThat(draft.secondaryLanguageIds()).containsExactly(3L, 4L);
        assertThat(draft.voiceMailMessage()).isEqualTo("Call back");
        assertThat(draft.fillerConfig()).isEqualTo(new FillerConfig(List.of("Great"), null, null, null));
        assertThat(draft.postCallSchema()).containsExactly(new PostCallField("outcome", PostCallFieldType.STRING, "What happened"));
        assertThat(draft.mode()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'voice_id':'1'            | voice_id               | The voice id field must be an integer.",
            "'voice_id':1.5            | voice_id               | The voice id field must be an integer.",
            "'voice_id':true           | voice_id               | The voice id field must be an integer.",
            "'name':12                 | name                   | The name field must be a string.",
            "'name':['a']              | name                   | The name field must be a string.",
            "'speech_speed':'fast'     | speech_speed           | The speech speed field must be a number.",
            "'record':'yes'            | record                 | The record field must be true or false.",
            "'record':1                | record                 | The record field must be true or false.",
            "'tool_ids':5              | tool_ids               | The tool ids field must be an array.",
            "'tool_ids':[1,'2']        | tool_ids.1             | The tool ids.1 field must be an integer.",
            "'filler_config':[]        | filler_config          | The filler config field must be an object.",
            "'filler_config':{'positive':[1]} | filler_config.positive.0 | The filler config.positive.0 field must be a string.",
            "'variables':'x'           | variables              | The variables field must be an object.",
            "'variables':{'a':[1]}     | variables.a            | The variables.a field must be a string.",
            "'tools':['end_call']      | tools.0                | The tools.0 field must be an object.",
            "'post_call_schema':[{'name':3}] | post_call_schema.0.name | The post call schema.0.name field must be a string.",
    })
    void reportsAValueOfTheWrongKindUnderItsFieldKeyAndLeavesItUnset(String member, String key, String message) {
        AssistantRequest draft = bind("{" + member + "}");

        assertThat(RenderedErrors.of(violations)).containsExactly(entry(key, List.of(message)));
        assertThat(draft).isNotNull();
    }

    @Test
    void keepsTheOtherFieldsWhenOneHasTheWrongKind() {
        AssistantRequest draft = bind("{'voice_id':'one','language_id':2}");

        assertThat(draft.voiceId()).isNull();
        assertThat(draft.languageId()).isEqualTo(2L);
    }

    @Test
    void keepsListPositionsSoLaterKeysStillPointAtWhatWasSent() {
        AssistantRequest draft = bind("{'tool_ids':['x',2,2]}");

        assertThat(draft.toolIds()).containsExactly(null, 2L, 2L);
    }

    @Test
    void acceptsAnIntegerWrittenWithAZeroFraction() {
        assertThat(bind("{'max_duration':600.0}").maxDuration()).isEqualTo(600L);
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void turnsAnIntegerBeyondLongIntoTheNearestLongSoTheRangeRuleReportsIt() {
        assertThat(bind("{'max_duration':1e40}").maxDuration()).isEqualTo(Long.MAX_VALUE);
        assertThat(bind("{'max_duration':-99999999999999999999999}").maxDuration()).isEqualTo(Long.MIN_VALUE);
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void treatsNullAsNotSent() {
        AssistantRequest draft = bind("{'name':null,'tools':null}");

        assertThat(violations.isEmpty()).isTrue();
        assertThat(draft.name()).isNull();
        assertThat(draft.tools()).isNull();
    }

    @Test
    void reportsUnknownFieldsAtEveryLevel() {
        bind("{'colour':'red','filler_config':{'happy':['Yay']},"
                + "'post_call_schema':[{'name':'outcome','type':'string','description':'d','weight':1}],"
                + "'tools':[{'type':'end_call','phone':'x'},"
                + "{'type':'calendar_integration','calcom_booking_fields':[{'slug':'s','colour':'red'}]}]}");

        assertThat(RenderedErrors.of(violations)).containsOnlyKeys("colour", "filler_config.happy", "post_call_schema.0.weight",
                "tools.0.phone", "tools.1.calcom_booking_fields.0.colour");
        assertThat(RenderedErrors.of(violations).get("tools.0.phone")).containsExactly("The tools.0.phone field is not supported.");
    }

    @Test
    void bindsEachToolToTheRecordItsTypeNames() {
        AssistantRequest draft = bind("{'tools':["
                + "{'type':'call_transfer','phone_number':'+40712345678','warm_transfer':true},"
                + "{'type':'collect_keypad','timeout':10,'stop_key':'*'},"
                + "{'type':'calendar_integration','calcom_api_key':'k','calcom_event_slug':'e',"
                + "'calcom_booking_fields':[{'slug':'company','type':'text','label':'Company','required':true,"
                + "'options':['A']}]}]}");

        assertThat(violations.isEmpty()).isTrue();
        assertThat(draft.tools()).containsExactly(
                new CallTransferTool("+40712345678", null, null, null, true, null),
                new CollectKeypadTool(10L, StopKey.STAR),
                new CalendarIntegrationTool("k", "e", null, null, null,
                        List.of(new BookingField("company", "text", "Company", true, List.of("A"))), null));
    }

    @Test
    void reportsAnUnknownToolTypeAndLeavesAMissingOneToTheDomain() {
        AssistantRequest draft = bind("{'tools':[{'type':'teleport','x':1},{'description':'d'},{'type':null}]}");

        assertThat(RenderedErrors.of(violations))
                .containsExactly(entry("tools.0.type", List.of("The selected tools.0.type is invalid.")));
        assertThat(draft.tools()).containsExactly(new UnrecognizedTool(null), new UnrecognizedTool(null),
                new UnrecognizedTool(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'type':'both'|type|The selected type is invalid.",
            "'type':'Inbound'|type|The selected type is invalid.",
            "'mode':'duplex'|mode|The selected mode is invalid.",
            "'knowledgebase_mode':'vector'|knowledgebase_mode|The selected knowledgebase mode is invalid.",
            "'endpoint_type':'smart'|endpoint_type|The selected endpoint type is invalid.",
            "'ambient_sound':'jungle'|ambient_sound|The selected ambient sound is invalid.",
            "'post_call_schema':[{'name':'x','type':'date','description':'d'}]|post_call_schema.0.type|The selected post call schema.0.type is invalid.",
            "'tools':[{'type':'collect_keypad','stop_key':'5'}]|tools.0.stop_key|The selected tools.0.stop key is invalid.",
            "'tools':[{'type':'warm_call_transfer','caller_id_mode':'sometimes'}]|tools.0.caller_id_mode|The selected tools.0.caller id mode is invalid.",
            "'tools':[{'type':'warm_call_transfer','hold_music':'jazz'}]|tools.0.hold_music|The selected tools.0.hold music is invalid.",
            "'tools':[{'type':'calendar_integration','calcom_endpoint':'asia'}]|tools.0.calcom_endpoint|The selected tools.0.calcom endpoint is invalid."})
    void reportsACodeThatIsNotOneOfTheContractsOnItsField(String member, String key, String message) {
        bind("{" + member + "}");

        assertThat(RenderedErrors.of(violations)).containsExactly(entry(key, List.of(message)));
    }

    @Test
    void readsTheContractsCodesIntoTheDomainsValues() {
        AssistantRequest request = bind("{'type':'inbound','mode':'dualplex','ambient_sound':'crowded_room',"
                + "'tools':[{'type':'collect_keypad','stop_key':'#'}]}");

        assertThat(violations.isEmpty()).isTrue();
        assertThat(request.type()).isEqualTo(ai.assistants.domain.assistant.AssistantType.INBOUND);
        assertThat(request.mode()).isEqualTo(ai.assistants.domain.engine.EngineMode.DUALPLEX);
        assertThat(request.ambientSound()).isEqualTo(ai.assistants.domain.assistant.AmbientSound.CROWDED_ROOM);
        assertThat(request.tools()).containsExactly(new CollectKeypadTool(null, StopKey.HASH));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"7", "true", "['end_call']", "{'code':'end_call'}"})
    void reportsAToolTypeThatIsNotAStringAsTheWrongKind(String type) {
        AssistantRequest draft = bind("{'tools':[{'type':'end_call'},{'type':" + type + "}]}");

        assertThat(RenderedErrors.of(violations))
                .containsExactly(entry("tools.1.type", List.of("The tools.1.type field must be a string.")));
        assertThat(draft.tools()).hasSize(2).last().isEqualTo(new UnrecognizedTool(null));
    }

    @Test
    void reportsWrongKindsInsideATool() {
        bind("{'tools':[{'type':'collect_keypad','timeout':'10'}]}");

        assertThat(RenderedErrors.of(violations))
                .containsExactly(entry("tools.0.timeout", List.of("The tools.0.timeout field must be an integer.")));
    }

    @Test
    void readsNoMoreOfAListOrMapThanItsRuleNeedsToRefuseIt() {
        String ids = String.join(",", java.util.Collections.nCopies(5000, "'x'"));
        StringBuilder variables = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            variables.append(i == 0 ? "" : ",").append("'v").append(i).append("':").append(i);
        }

        AssistantRequest request = bind("{'tool_ids':[" + ids + "],'tools':[" + String.join(",",
                java.util.Collections.nCopies(300, "{'type':'end_call'}")) + "],'variables':{" + variables + "}}");

        assertThat(request.toolIds()).hasSize(51);
        assertThat(request.tools()).hasSize(21);
        assertThat(request.variables()).hasSize(101);
        assertThat(RenderedErrors.of(violations)).hasSize(51).allSatisfy((key, messages) ->
                assertThat(messages).containsExactly("The " + key.replace('_', ' ') + " field must be an integer."));
    }

    @Test
    void passesVariableScalarsThroughInTheOrderSent() {
        Map<String, Object> variables = bind("{'variables':{'company':'Acme','discount':15,'vip':true}}").variables();

        assertThat(variables).containsExactly(entry("company", "Acme"), entry("discount", new BigDecimal("15")),
                entry("vip", true));
    }

    @Test
    void collectsEveryProblemOfTheRequest() {
        bind("{'voice_id':'1','language_id':'2','unknown':1}");

        assertThat(Arrays.asList(RenderedErrors.of(violations).keySet().toArray())).containsExactly("unknown", "voice_id",
                "language_id");
    }

    @Test
    void readsWhitespaceOnlyTextAsNotSent() {
        AssistantRequest draft = bind("{'name':'  ','ambient_sound':' ','endpoint_type':'','knowledgebase_mode':'\\t',"
                + "'reengagement_prompt':' \\n ','filler_config':{'positive':['Great',' ']}}");

        assertThat(violations.isEmpty()).isTrue();
        assertThat(draft.name()).isNull();
        assertThat(draft.ambientSound()).isNull();
        assertThat(draft.endpointType()).isNull();
        assertThat(draft.knowledgebaseMode()).isNull();
        assertThat(draft.reengagementPrompt()).isNull();
        assertThat(draft.fillerConfig().positive()).containsExactly("Great", null);
    }

    @Test
    void readsWhitespaceOnlyTextAsNotSentWhateverTheFieldsKind() {
        AssistantRequest draft = bind("{'voice_id':'  ','record':' ','voice_stability':'','tools':[' '],'filler_config':' '}");

        assertThat(violations.isEmpty()).isTrue();
        assertThat(draft.voiceId()).isNull();
        assertThat(draft.record()).isNull();
        assertThat(draft.voiceStability()).isNull();
        assertThat(draft.tools()).containsExactly((BuiltInTool) null);
        assertThat(draft.fillerConfig()).isNull();
    }

    @Test
    void keepsWhitespaceOnlyVariableValuesAsSent() {
        assertThat(bind("{'variables':{'gap':' '}}").variables()).containsExactly(entry("gap", " "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'name':'a\\u0000b'}|name|The name field format is invalid.",
            "{'name':'\\ud800'}|name|The name field format is invalid.",
            "{'name':'x\\udc00'}|name|The name field format is invalid.",
            "{'tools':[{'type':'end_call','description':'\\u0000'}]}|tools.0.description|The tools.0.description field format is invalid.",
            "{'variables':{'a':'\\udfff'}}|variables.a|The variables.a field format is invalid."})
    void refusesTextNoDatabaseStoresAsSent(String json, String key, String message) {
        bind(json);

        assertThat(RenderedErrors.of(violations)).containsExactly(entry(key, List.of(message)));
    }

    @Test
    void keepsSurrogatePairsWhole() {
        assertThat(bind("{'name':'\\ud83d\\ude00'}").name()).isEqualTo("\uD83D\uDE00");
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void keepsDecimalsExactlyAsSentWithinAThousandDigits() {
        AssistantRequest draft = bind("{'voice_stability':1e-400,'speech_speed':1.000000000000000000001,"
                + "'variables':{'big':12345678901234567890123,'tiny':1E-999}}");

        assertThat(draft.voiceStability()).isEqualTo(new BigDecimal("1e-400"));
        assertThat(draft.speechSpeed()).isEqualTo(new BigDecimal("1.000000000000000000001"));
        assertThat(draft.variables()).containsExactly(entry("big", new BigDecimal("12345678901234567890123")),
                entry("tiny", new BigDecimal("1E-999")));
    }

    @Test
    void readsDecimalsBeyondAThousandDigitsAsADoubleWould() {
        AssistantRequest draft = bind("{'voice_stability':1e-999999999,'voice_similarity':-1e-20000,"
                + "'endpoint_sensitivity':1e999999999,'interrupt_sensitivity':-1e400000,'variables':{'huge':1e5000}}");

        assertThat(violations.isEmpty()).isTrue();
        assertThat(draft.voiceStability()).isZero();
        assertThat(draft.voiceSimilarity()).isZero();
        assertThat(draft.endpointSensitivity()).isEqualTo(new BigDecimal(Double.MAX_VALUE));
        assertThat(draft.interruptSensitivity()).isEqualTo(new BigDecimal(Double.MAX_VALUE).negate());
        assertThat(draft.variables()).containsExactly(entry("huge", new BigDecimal(Double.MAX_VALUE)));
    }
}
