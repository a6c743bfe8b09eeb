package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.UnrecognizedTool;
import ai.assistants.domain.validation.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static ai.assistants.domain.assistant.FactoryHarness.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class FieldRulesTest {

    private static final String EMOJI = "\uD83D\uDE00"; // one code point, two UTF-16 units

    static Stream<Arguments> rejected() {
        return Stream.of(
                rule("name absent", d -> d.name(null), "name", "The name field is required."),
                rule("name blank", d -> d.name("  \t"), "name", "The name field is required."),
                rule("name 256", d -> d.name("a".repeat(256)), "name", Messages.maxLength("name", 255)),
                rule("name 256 emoji", d -> d.name(EMOJI.repeat(256)), "name", Messages.maxLength("name", 255)),
                rule("voice null", d -> d.voiceId(null), "voice_id", Messages.required("voice_id")),
                rule("language null", d -> d.languageId(null), "language_id", Messages.required("language_id")),
                rule("type other", d -> d.type("both"), "type", "The selected type is invalid."),
                rule("type case", d -> d.type("Inbound"), "type", Messages.invalidSelection("type")),
                rule("mode other", d -> d.mode("duplex"), "mode", Messages.invalidSelection("mode")),
                rule("mode absent", d -> d.mode(null), "mode", Messages.required("mode")),
                rule("timezone offset", d -> d.timezone("+02:00"), "timezone", "The timezone field must be a valid timezone."),
                rule("timezone junk", d -> d.timezone("Mars/Base"), "timezone", Messages.timezone("timezone")),
                rule("timezone absent", d -> d.timezone(null), "timezone", Messages.required("timezone")),
                rule("timezone removed from IANA", d -> d.timezone("SystemV/AST4"), "timezone", Messages.timezone("timezone")),
                rule("timezone GMT offset", d -> d.timezone("GMT+2"), "timezone", Messages.timezone("timezone")),
                rule("timezone UTC offset", d -> d.timezone("UTC+02:00"), "timezone", Messages.timezone("timezone")),
                rule("initial message 201", d -> d.initialMessage("x".repeat(201)), "initial_message",
                        "The initial message field must not be greater than 200 characters."),
                rule("system prompt 65536", d -> d.systemPrompt("x".repeat(65536)), "system_prompt",
                        Messages.maxLength("system_prompt", 65535)),
                rule("speech speed low", d -> d.speechSpeed(new BigDecimal("0.69")), "speech_speed",
                        "The speech speed field must be between 0.7 and 1.2."),
                rule("speech speed high", d -> d.speechSpeed(new BigDecimal("1.2000001")), "speech_speed",
                        Messages.between("speech_speed", "0.7", "1.2")),
                rule("stability negative", d -> d.voiceStability(new BigDecimal("-0.01")), "voice_stability",
                        Messages.between("voice_stability", "0", "1")),
                rule("temperature", d -> d.llmTemperature(new BigDecimal("1.01")), "llm_temperature",
                        Messages.between("llm_temperature", "0", "1")),
                rule("max duration 19", d -> d.maxDuration(19L), "max_duration", Messages.between("max_duration", "20", "1200")),
                rule("max duration 1201", d -> d.maxDuration(1201L), "max_duration", Messages.between("max_duration", "20", "1200")),
                rule("max duration huge", d -> d.maxDuration(Long.MAX_VALUE), "max_duration", Messages.between("max_duration", "20", "1200")),
                rule("silence 0", d -> d.maxSilenceDuration(0L), "max_silence_duration", Messages.between("max_silence_duration", "1", "360")),
                rule("initial silence 121", d -> d.maxInitialSilenceDuration(121L), "max_initial_silence_duration",
                        Messages.between("max_initial_silence_duration", "1", "120")),
                rule("ringing 61", d -> d.ringingTime(61L), "ringing_time", Messages.between("ringing_time", "1", "60")),
                rule("reengagement 6", d -> d.reengagementInterval(6L), "reengagement_interval",
                        Messages.between("reengagement_interval", "7", "600")),
                rule("reengagement prompt 1001", d -> d.reengagementPrompt("x".repeat(1001)), "reengagement_prompt",
                        Messages.maxLength("reengagement_prompt", 1000)),
                rule("voice mail 1001", d -> d.voiceMailMessage("x".repeat(1001)), "voice_mail_message",
                        Messages.maxLength("voice_mail_message", 1000)),
                rule("endpoint type", d -> d.endpointType("smart"), "endpoint_type", Messages.invalidSelection("endpoint_type")),
                rule("endpoint sensitivity", d -> d.endpointSensitivity(new BigDecimal("5.1")), "endpoint_sensitivity",
                        Messages.between("endpoint_sensitivity", "0", "5")),
                rule("interrupt sensitivity", d -> d.interruptSensitivity(new BigDecimal("-1")), "interrupt_sensitivity",
                        Messages.between("interrupt_sensitivity", "0", "5")),
                rule("min interrupt words", d -> d.minInterruptWords(11L), "min_interrupt_words",
                        Messages.between("min_interrupt_words", "0", "10")),
                rule("ambient sound", d -> d.ambientSound("jungle"), "ambient_sound", Messages.invalidSelection("ambient_sound")),
                rule("ambient volume", d -> d.ambientSoundVolume(new BigDecimal("1.5")), "ambient_sound_volume",
                        Messages.between("ambient_sound_volume", "0", "1")),
                rule("inactivity 1441", d -> d.conversationInactivityTimeout(1441L), "conversation_inactivity_timeout",
                        Messages.between("conversation_inactivity_timeout", "1", "1440")),
                rule("knowledgebase mode other", d -> d.knowledgebaseId(1L).knowledgebaseMode("vector"), "knowledgebase_mode",
                        Messages.invalidSelection("knowledgebase_mode")),
                rule("knowledgebase mode without id", d -> d.knowledgebaseMode("function_call"), "knowledgebase_id",
                        Messages.KNOWLEDGEBASE_ID_REQUIRED_WITH_MODE),
                rule("webhook active without url", d -> d.isWebhookActive(true), "webhook_url",
                        "The webhook url field is required when is webhook active is true."),
                rule("webhook url scheme", d -> d.webhookUrl("ftp://hooks.example.com"), "webhook_url", Messages.url("webhook_url")),
                rule("webhook url junk", d -> d.webhookUrl("not a url"), "webhook_url", Messages.url("webhook_url")),
                rule("webhook url port 99999", d -> d.webhookUrl("http://hooks.example.com:99999/"), "webhook_url",
                        Messages.url("webhook_url")),
                rule("webhook url port 0", d -> d.webhookUrl("http://hooks.example.com:0/"), "webhook_url",
                        Messages.url("webhook_url")),
                rule("ended url port 65536", d -> d.conversationEndedWebhookUrl("https://hooks.example.com:65536/x"),
                        "conversation_ended_webhook_url", Messages.url("conversation_ended_webhook_url")),
                rule("webhook url 2049", d -> d.webhookUrl("https://example.com/" + "a".repeat(2029)), "webhook_url",
                        Messages.maxLength("webhook_url", 2048)),
                rule("ended url", d -> d.conversationEndedWebhookUrl("mailto:a@b.c"), "conversation_ended_webhook_url",
                        Messages.url("conversation_ended_webhook_url")),
                rule("secondary 11", d -> d.secondaryLanguageIds(ids(11)), "secondary_language_ids",
                        Messages.tooManyItems("secondary_language_ids", 10)),
                rule("secondary duplicate", d -> d.secondaryLanguageIds(List.of(2L, 2L)), "secondary_language_ids.1",
                        Messages.duplicate("secondary_language_ids.1")),
                rule("secondary null item", d -> d.secondaryLanguageIds(Collections.singletonList(null)),
                        "secondary_language_ids.0", Messages.required("secondary_language_ids.0")),
                rule("tool ids 51", d -> d.toolIds(ids(51)), "tool_ids", "The tool ids field must not have more than 50 items."),
                rule("tool ids duplicate", d -> d.toolIds(List.of(1L, 2L, 1L)), "tool_ids.2", "The tool ids.2 field has a duplicate value."),
                rule("tools 21", d -> d.tools(Collections.nCopies(21, new UnrecognizedTool(null))), "tools",
                        Messages.tooManyItems("tools", 20)),
                rule("post call 21", d -> d.postCallSchema(Collections.nCopies(21, field("a_b", "string", "abc"))),
                        "post_call_schema", Messages.tooManyItems("post_call_schema", 20)),
                rule("post call duplicate name", d -> d.postCallSchema(List.of(field("outcome", "string", "abc"),
                        field("outcome", "bool", "xyz"))), "post_call_schema.1.name", Messages.duplicate("post_call_schema.1.name")),
                rule("post call name short", d -> d.postCallSchema(List.of(field("ab", "string", "abc"))),
                        "post_call_schema.0.name", Messages.lengthBetween("post_call_schema.0.name", 3, 16)),
                rule("post call name long", d -> d.postCallSchema(List.of(field("a".repeat(17), "string", "abc"))),
                        "post_call_schema.0.name", Messages.lengthBetween("post_call_schema.0.name", 3, 16)),
                rule("post call name chars", d -> d.postCallSchema(List.of(field("Outcome", "string", "abc"))),
                        "post_call_schema.0.name", Messages.format("post_call_schema.0.name")),
                rule("post call type", d -> d.postCallSchema(List.of(field("outcome", "date", "abc"))),
                        "post_call_schema.0.type", Messages.invalidSelection("post_call_schema.0.type")),
                rule("post call description", d -> d.postCallSchema(List.of(field("outcome", "string", null))),
                        "post_call_schema.0.description", Messages.required("post_call_schema.0.description")),
                rule("post call description long", d -> d.postCallSchema(List.of(field("outcome", "string", "x".repeat(256)))),
                        "post_call_schema.0.description", Messages.lengthBetween("post_call_schema.0.description", 3, 255)),
                rule("filler 21", d -> d.fillerConfig(fillers(Collections.nCopies(21, "ok"))), "filler_config.positive",
                        Messages.tooManyItems("filler_config.positive", 20)),
                rule("filler 51 chars", d -> d.fillerConfig(fillers(List.of("a", "b", "c", "x".repeat(51)))),
                        "filler_config.positive.3", Messages.lengthBetween("filler_config.positive.3", 1, 50)),
                rule("filler empty", d -> d.fillerConfig(fillers(List.of(""))),
                        "filler_config.positive.0", Messages.lengthBetween("filler_config.positive.0", 1, 50)),
                rule("variables value 1001", d -> d.variables(Map.of("company_name", "x".repeat(1001))),
                        "variables.company_name", Messages.maxLength("variables.company_name", 1000)),
                rule("variables key pattern", d -> d.variables(Map.of("1st", "x")), "variables.1st", Messages.format("variables.1st")),
                rule("variables key 65", d -> d.variables(Map.of("a".repeat(65), "x")), "variables." + "a".repeat(65),
                        Messages.format("variables." + "a".repeat(65))),
                rule("variables object value", d -> d.variables(Map.of("plan", List.of("x"))), "variables.plan",
                        Messages.wrongKind("variables.plan", Messages.ValueKind.STRING)),
                rule("variables 101", d -> d.variables(variables(101)), "variables", Messages.tooManyItems("variables", 100)),
                rule("turn detection 1.01", d -> d.mode("multimodal").llmModelId(null).multimodalModelId(1L)
                        .turnDetectionThreshold(new BigDecimal("1.01")), "turn_detection_threshold",
                        Messages.between("turn_detection_threshold", "0", "1")));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                change("name 255", d -> d.name("a".repeat(255))),
                change("name 255 emoji", d -> d.name(EMOJI.repeat(255))),
                change("initial message 200", d -> d.initialMessage("x".repeat(200))),
                change("speech speed 0.7", d -> d.speechSpeed(new BigDecimal("0.7"))),
                change("speech speed 1.2", d -> d.speechSpeed(new BigDecimal("1.20"))),
                change("max duration 20", d -> d.maxDuration(20L)),
                change("max duration 1200", d -> d.maxDuration(1200L)),
                change("reengagement 7", d -> d.reengagementInterval(7L)),
                change("timezone UTC", d -> d.timezone("UTC")),
                change("timezone EST", d -> d.timezone("EST")),
                change("timezone MST", d -> d.timezone("MST")),
                change("timezone HST", d -> d.timezone("HST")),
                change("timezone Etc offset zone", d -> d.timezone("Etc/GMT+2")),
                change("secondary languages", d -> d.secondaryLanguageIds(List.of(2L, 3L))),
                change("variables 100", d -> d.variables(variables(100))),
                change("variables kinds", d -> d.variables(Map.of("_a", "x".repeat(1000), "b", 3, "c", false, "D9", 1.5))),
                change("post call 3 and 16", d -> d.postCallSchema(List.of(field("abc", "number", "abc"),
                        field("a".repeat(16), "bool", "x".repeat(255))))),
                change("filler 20 of 50", d -> d.fillerConfig(fillers(Collections.nCopies(20, EMOJI.repeat(50))))),
                change("webhook active with url", d -> d.isWebhookActive(true).webhookUrl("http://hooks.example.com/x")),
                change("webhook url ports 1 and 65535", d -> d.webhookUrl("http://hooks.example.com:1/x")
                        .conversationEndedWebhookUrl("https://hooks.example.com:65535/x")),
                change("knowledgebase default mode", d -> d.knowledgebaseId(1L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void reports_the_contract_message_under_the_contract_key(String rule, UnaryOperator<AssistantDrafts> change,
                                                            String key, String message) {
        assertThat(violations(change.apply(AssistantDrafts.valid()))).containsEntry(key, List.of(message));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void accepts_values_at_the_boundary(String rule, UnaryOperator<AssistantDrafts> change) {
        assertThat(violations(change.apply(AssistantDrafts.valid()))).isEmpty();
    }

    @Test
    void reports_every_violation_of_one_request_together() {
        var found = violations(AssistantDrafts.valid().name(null).timezone("+02:00").maxDuration(5L)
                .toolIds(List.of(1L, 1L)).voiceId(3L));

        assertThat(found).containsOnly(
                Map.entry("name", List.of("The name field is required.")),
                Map.entry("timezone", List.of(Messages.timezone("timezone"))),
                Map.entry("max_duration", List.of(Messages.between("max_duration", "20", "1200"))),
                Map.entry("tool_ids.1", List.of(Messages.duplicate("tool_ids.1"))),
                Map.entry("voice_id", List.of("The selected voice is not compatible with the chosen engine type.")));
    }

    @Test
    void an_empty_draft_reports_each_required_field() {
        var found = violations(FactoryHarness.FACTORY, null, null, null);

        assertThat(found.keySet()).containsExactlyInAnyOrder("name", "voice_id", "language_id", "type", "mode",
                "timezone", "initial_message", "system_prompt");
    }

    private static Arguments rule(String name, UnaryOperator<AssistantDrafts> change, String key, String message) {
        return arguments(name, change, key, message);
    }

    private static Arguments change(String name, UnaryOperator<AssistantDrafts> change) {
        return arguments(name, change);
    }

    static List<Long> ids(int count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }

    private static PostCallField field(String name, String type, String description) {
        return new PostCallField(name, type, description);
    }

    private static FillerConfig fillers(List<String> positive) {
        return new FillerConfig(positive, null, null, null);
    }

    private static Map<String, Object> variables(int count) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            variables.put("v" + i, i);
        }
        return variables;
    }
}
