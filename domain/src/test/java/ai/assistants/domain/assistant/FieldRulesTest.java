package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.UnrecognizedTool;
import ai.assistants.domain.engine.EngineMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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
                rule("name absent", d -> d.name(null), "name", "REQUIRED"),
                rule("name blank", d -> d.name("  \t"), "name", "REQUIRED"),
                rule("name 256", d -> d.name("a".repeat(256)), "name", "MAX_LENGTH(255)"),
                rule("name 256 emoji", d -> d.name(EMOJI.repeat(256)), "name", "MAX_LENGTH(255)"),
                rule("voice null", d -> d.voiceId(null), "voice_id", "REQUIRED"),
                rule("language null", d -> d.languageId(null), "language_id", "REQUIRED"),
                rule("mode absent", d -> d.mode(null), "engine.mode", "REQUIRED"),
                rule("timezone offset", d -> d.timezone("+02:00"), "timezone", "TIMEZONE"),
                rule("timezone junk", d -> d.timezone("Mars/Base"), "timezone", "TIMEZONE"),
                rule("timezone absent", d -> d.timezone(null), "timezone", "REQUIRED"),
                rule("timezone removed from IANA", d -> d.timezone("SystemV/AST4"), "timezone", "TIMEZONE"),
                rule("timezone GMT offset", d -> d.timezone("GMT+2"), "timezone", "TIMEZONE"),
                rule("timezone UTC offset", d -> d.timezone("UTC+02:00"), "timezone", "TIMEZONE"),
                rule("initial message 201", d -> d.initialMessage("x".repeat(201)), "initial_message",
                        "MAX_LENGTH(200)"),
                rule("system prompt 65536", d -> d.systemPrompt("x".repeat(65536)), "system_prompt",
                        "MAX_LENGTH(65535)"),
                rule("speech speed low", d -> d.speechSpeed(new BigDecimal("0.69")), "voice.speech_speed",
                        "BETWEEN(0.7, 1.2)"),
                rule("speech speed high", d -> d.speechSpeed(new BigDecimal("1.2000001")), "voice.speech_speed",
                        "BETWEEN(0.7, 1.2)"),
                rule("stability negative", d -> d.voiceStability(new BigDecimal("-0.01")), "voice.voice_stability",
                        "BETWEEN(0, 1)"),
                rule("temperature", d -> d.llmTemperature(new BigDecimal("1.01")), "voice.llm_temperature",
                        "BETWEEN(0, 1)"),
                rule("max duration 19", d -> d.maxDuration(19L), "timing.max_duration", "BETWEEN(20, 1200)"),
                rule("max duration 1201", d -> d.maxDuration(1201L), "timing.max_duration", "BETWEEN(20, 1200)"),
                rule("max duration huge", d -> d.maxDuration(Long.MAX_VALUE), "timing.max_duration", "BETWEEN(20, 1200)"),
                rule("silence 0", d -> d.maxSilenceDuration(0L), "timing.max_silence_duration", "BETWEEN(1, 360)"),
                rule("initial silence 121", d -> d.maxInitialSilenceDuration(121L), "timing.max_initial_silence_duration",
                        "BETWEEN(1, 120)"),
                rule("ringing 61", d -> d.ringingTime(61L), "timing.ringing_time", "BETWEEN(1, 60)"),
                rule("reengagement 6", d -> d.reengagementInterval(6L), "reengagement.reengagement_interval",
                        "BETWEEN(7, 600)"),
                rule("reengagement prompt 1001", d -> d.reengagementPrompt("x".repeat(1001)), "reengagement.reengagement_prompt",
                        "MAX_LENGTH(1000)"),
                rule("voice mail 1001", d -> d.voiceMailMessage("x".repeat(1001)), "voicemail.voice_mail_message",
                        "MAX_LENGTH(1000)"),
                rule("endpoint sensitivity", d -> d.endpointSensitivity(new BigDecimal("5.1")), "endpointing.endpoint_sensitivity",
                        "BETWEEN(0, 5)"),
                rule("interrupt sensitivity", d -> d.interruptSensitivity(new BigDecimal("-1")), "endpointing.interrupt_sensitivity",
                        "BETWEEN(0, 5)"),
                rule("min interrupt words", d -> d.minInterruptWords(11L), "endpointing.min_interrupt_words",
                        "BETWEEN(0, 10)"),
                rule("ambient volume", d -> d.ambientSoundVolume(new BigDecimal("1.5")), "ambient.ambient_sound_volume",
                        "BETWEEN(0, 1)"),
                rule("inactivity 1441", d -> d.conversationInactivityTimeout(1441L), "conversation.conversation_inactivity_timeout",
                        "BETWEEN(1, 1440)"),
                rule("knowledgebase mode without id", d -> d.knowledgebaseMode(KnowledgebaseMode.FUNCTION_CALL),
                        "knowledgebase.knowledgebase_id", "REQUIRED_WITH(knowledgebase.knowledgebase_mode)"),
                rule("webhook active without url", d -> d.isWebhookActive(true), "webhooks.webhook_url",
                        "REQUIRED_WHEN(webhooks.is_webhook_active, true)"),
                rule("webhook url scheme", d -> d.webhookUrl("ftp://hooks.example.com"), "webhooks.webhook_url", "URL"),
                rule("webhook url junk", d -> d.webhookUrl("not a url"), "webhooks.webhook_url", "URL"),
                rule("webhook url port 99999", d -> d.webhookUrl("http://hooks.example.com:99999/"), "webhooks.webhook_url",
                        "URL"),
                rule("webhook url port 0", d -> d.webhookUrl("http://hooks.example.com:0/"), "webhooks.webhook_url",
                        "URL"),
                rule("ended url port 65536", d -> d.conversationEndedWebhookUrl("https://hooks.example.com:65536/x"),
                        "webhooks.conversation_ended_webhook_url", "URL"),
                rule("webhook url 2049", d -> d.webhookUrl("https://example.com/" + "a".repeat(2029)), "webhooks.webhook_url",
                        "MAX_LENGTH(2048)"),
                rule("ended url", d -> d.conversationEndedWebhookUrl("mailto:a@b.c"), "webhooks.conversation_ended_webhook_url",
                        "URL"),
                rule("inbound url scheme", d -> d.inboundWebhookUrl("ftp://hooks.example.com/in"),
                        "webhooks.inbound_webhook_url", "URL"),
                rule("inbound url 2049", d -> d.inboundWebhookUrl("https://example.com/" + "a".repeat(2029)),
                        "webhooks.inbound_webhook_url", "MAX_LENGTH(2048)"),
                rule("secondary 11", d -> d.secondaryLanguageIds(ids(11)), "secondary_language_ids",
                        "TOO_MANY(10)"),
                rule("secondary duplicate", d -> d.secondaryLanguageIds(List.of(2L, 2L)), "secondary_language_ids.1",
                        "DUPLICATE"),
                rule("secondary null item", d -> d.secondaryLanguageIds(Collections.singletonList(null)),
                        "secondary_language_ids.0", "REQUIRED"),
                rule("tool ids 51", d -> d.toolIds(ids(51)), "tool_ids", "TOO_MANY(50)"),
                rule("tool ids duplicate", d -> d.toolIds(List.of(1L, 2L, 1L)), "tool_ids.2", "DUPLICATE"),
                rule("tools 21", d -> d.tools(Collections.nCopies(21, new UnrecognizedTool(null))), "tools",
                        "TOO_MANY(20)"),
                rule("post call 21", d -> d.postCallSchema(Collections.nCopies(21, field("a_b", PostCallFieldType.STRING, "abc"))),
                        "evaluation.post_call_schema", "TOO_MANY(20)"),
                rule("post call duplicate name", d -> d.postCallSchema(List.of(field("outcome", PostCallFieldType.STRING, "abc"),
                        field("outcome", PostCallFieldType.BOOL, "xyz"))), "evaluation.post_call_schema.1.name", "DUPLICATE"),
                rule("post call name short", d -> d.postCallSchema(List.of(field("ab", PostCallFieldType.STRING, "abc"))),
                        "evaluation.post_call_schema.0.name", "LENGTH_BETWEEN(3, 16)"),
                rule("post call name long", d -> d.postCallSchema(List.of(field("a".repeat(17), PostCallFieldType.STRING, "abc"))),
                        "evaluation.post_call_schema.0.name", "LENGTH_BETWEEN(3, 16)"),
                rule("post call name chars", d -> d.postCallSchema(List.of(field("Outcome", PostCallFieldType.STRING, "abc"))),
                        "evaluation.post_call_schema.0.name", "FORMAT"),
                rule("post call description", d -> d.postCallSchema(List.of(field("outcome", PostCallFieldType.STRING, null))),
                        "evaluation.post_call_schema.0.description", "REQUIRED"),
                rule("post call description long", d -> d.postCallSchema(List.of(field("outcome", PostCallFieldType.STRING, "x".repeat(256)))),
                        "evaluation.post_call_schema.0.description", "LENGTH_BETWEEN(3, 255)"),
                rule("filler 21", d -> d.fillerConfig(fillers(Collections.nCopies(21, "ok"))), "call.filler_config.positive",
                        "TOO_MANY(20)"),
                rule("filler 51 chars", d -> d.fillerConfig(fillers(List.of("a", "b", "c", "x".repeat(51)))),
                        "call.filler_config.positive.3", "LENGTH_BETWEEN(1, 50)"),
                // The REST reader turns an empty or blank phrase into null; the domain sees it as absent (below).
                rule("filler null phrase", d -> d.fillerConfig(fillers(Collections.singletonList(null))),
                        "call.filler_config.positive.0", "REQUIRED"),
                rule("variables value 1001", d -> d.variables(Map.of("company_name", "x".repeat(1001))),
                        "variables.company_name", "MAX_LENGTH(1000)"),
                rule("variables key pattern", d -> d.variables(Map.of("1st", "x")), "variables.1st", "FORMAT"),
                rule("variables key 65", d -> d.variables(Map.of("a".repeat(65), "x")), "variables." + "a".repeat(65),
                        "FORMAT"),
                rule("variables 101", d -> d.variables(variables(101)), "variables", "TOO_MANY(100)"),
                rule("turn detection 1.01", d -> d.mode(EngineMode.MULTIMODAL).llmModelId(null).multimodalModelId(1L)
                        .turnDetectionThreshold(new BigDecimal("1.01")), "engine.turn_detection_threshold",
                        "BETWEEN(0, 1)"));
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
                change("post call 3 and 16", d -> d.postCallSchema(List.of(field("abc", PostCallFieldType.NUMBER, "abc"),
                        field("a".repeat(16), PostCallFieldType.BOOL, "x".repeat(255))))),
                change("filler 20 of 50", d -> d.fillerConfig(fillers(Collections.nCopies(20, EMOJI.repeat(50))))),
                change("filler blank phrase is absent text", d -> d.fillerConfig(fillers(List.of("", " ")))),
                change("webhook active with url", d -> d.isWebhookActive(true).webhookUrl("http://hooks.example.com/x")),
                change("webhook url ports 1 and 65535", d -> d.webhookUrl("http://hooks.example.com:1/x")
                        .conversationEndedWebhookUrl("https://hooks.example.com:65535/x")),
                change("inbound url of 2048", d -> d.inboundWebhookUrl("https://example.com/" + "a".repeat(2028))),
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
                Map.entry("name", List.of("REQUIRED")),
                Map.entry("timezone", List.of("TIMEZONE")),
                Map.entry("timing.max_duration", List.of("BETWEEN(20, 1200)")),
                Map.entry("tool_ids.1", List.of("DUPLICATE")),
                Map.entry("voice_id", List.of("VOICE_NOT_COMPATIBLE")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "-1", "1.5", "1e400", "-1e400", "2", "3", "7", "42", "100"})
    void a_field_breaking_its_own_rule_and_a_relation_reports_both(String threshold) {
        var found = violations(AssistantDrafts.valid().turnDetectionThreshold(new BigDecimal(threshold)));

        assertThat(found).containsOnlyKeys("engine.turn_detection_threshold");
        assertThat(found.get("engine.turn_detection_threshold"))
                .containsExactlyInAnyOrder("BETWEEN(0, 1)", "PROHIBITED_IN_MODE(pipeline)");
    }

    @Test
    void a_field_breaking_two_of_its_own_rules_reports_both() {
        String tooLongAndNoUrl = "x".repeat(2049);

        var found = violations(AssistantDrafts.valid().webhookUrl(tooLongAndNoUrl).conversationEndedWebhookUrl(tooLongAndNoUrl)
                .inboundWebhookUrl(tooLongAndNoUrl));

        assertThat(found.get("webhooks.webhook_url")).containsExactlyInAnyOrder("MAX_LENGTH(2048)", "URL");
        assertThat(found.get("webhooks.conversation_ended_webhook_url")).containsExactlyInAnyOrder("MAX_LENGTH(2048)", "URL");
        assertThat(found.get("webhooks.inbound_webhook_url")).containsExactlyInAnyOrder("MAX_LENGTH(2048)", "URL");
    }

    @Test
    void an_empty_proposal_reports_each_required_field() {
        AssistantProfile empty = new AssistantProfile(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

        var found = violations(FactoryHarness.FACTORY, empty, null, null);

        assertThat(found.keySet()).containsExactlyInAnyOrder("name", "voice_id", "language_id", "type", "engine.mode",
                "timezone", "initial_message", "system_prompt");
    }

    @Test
    void post_call_fields_refused_for_their_number_are_not_judged_one_by_one() {
        var found = violations(AssistantDrafts.valid().postCallSchema(Collections.nCopies(21, field("A", null, null))));

        assertThat(found).containsOnly(Map.entry("evaluation.post_call_schema", List.of("TOO_MANY(20)")));
    }

    @Test
    void a_null_post_call_field_is_required_and_the_others_are_still_checked() {
        var found = violations(AssistantDrafts.valid().postCallSchema(
                java.util.Arrays.asList(null, field("outcome", null, "abc"))));

        assertThat(found).containsOnly(Map.entry("evaluation.post_call_schema.0", List.of("REQUIRED")),
                Map.entry("evaluation.post_call_schema.1.type", List.of("REQUIRED")));
    }

    @Test
    void filler_phrases_refused_for_their_number_are_not_judged_one_by_one() {
        var found = violations(AssistantDrafts.valid().fillerConfig(fillers(Collections.nCopies(21, "x".repeat(51)))));

        assertThat(found).containsOnly(Map.entry("call.filler_config.positive", List.of("TOO_MANY(20)")));
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

    private static PostCallField field(String name, PostCallFieldType type, String description) {
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
