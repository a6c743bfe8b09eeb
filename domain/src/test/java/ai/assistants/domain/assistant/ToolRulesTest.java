package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.AssistantTransferTool;
import ai.assistants.domain.assistant.tool.BookingField;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.CalcomEndpoint;
import ai.assistants.domain.assistant.tool.CallerIdMode;
import ai.assistants.domain.assistant.tool.CalendarIntegrationTool;
import ai.assistants.domain.assistant.tool.CallTransferTool;
import ai.assistants.domain.assistant.tool.CollectKeypadTool;
import ai.assistants.domain.assistant.tool.DtmfInputTool;
import ai.assistants.domain.assistant.tool.EndCallTool;
import ai.assistants.domain.assistant.tool.UnrecognizedTool;
import ai.assistants.domain.assistant.tool.WarmCallTransferTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static ai.assistants.domain.assistant.FactoryHarness.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ToolRulesTest {

    private static final String D501 = "d".repeat(501);

    private static WarmCallTransferTool warm(String supervisor, Long outbound, String description, Boolean sip,
                                             CallerIdMode callerIdMode, String customCallerId, Long volume) {
        return new WarmCallTransferTool(supervisor, outbound, description, sip, callerIdMode, customCallerId, null,
                volume, null, null, null, null);
    }

    private static CalendarIntegrationTool calendar(String key, String slug, CalcomEndpoint endpoint, String customEndpoint) {
        return new CalendarIntegrationTool(key, slug, null, endpoint, customEndpoint, null, null);
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                arguments(new UnrecognizedTool(null), "type", "REQUIRED"),
                arguments(new EndCallTool(D501), "description", "MAX_LENGTH(500)"),
                arguments(new DtmfInputTool(D501), "description", "MAX_LENGTH(500)"),
                arguments(new CallTransferTool(null, null, null, null, null, null), "phone_number",
                        "REQUIRED"),
                arguments(new CallTransferTool("0712345678", null, null, null, null, null), "phone_number",
                        "PHONE"),
                arguments(new CallTransferTool("+123456", null, null, null, null, null), "phone_number",
                        "PHONE"),
                arguments(new CallTransferTool("+1234567890123456", null, null, null, null, null), "phone_number",
                        "PHONE"),
                arguments(new CallTransferTool("+40712345678", null, null, "+02:00", null, null), "timezone",
                        "TIMEZONE"),
                arguments(new CallTransferTool("+40712345678", null, null, null, null, "m".repeat(1001)), "warm_transfer_message",
                        "MAX_LENGTH(1000)"),
                arguments(warm(null, 1L, "d", null, null, null, null), "supervisor_phone", "REQUIRED"),
                arguments(warm("sip:agent@pbx.example.com", 1L, "d", false, null, null, null), "supervisor_phone",
                        "PHONE"),
                arguments(warm("not a sip", 1L, "d", true, null, null, null), "supervisor_phone",
                        "FORMAT"),
                arguments(warm("+40712345678", null, "d", null, null, null, null), "outbound_phone_id",
                        "REQUIRED"),
                arguments(warm("+40712345678", 1L, null, null, null, null, null), "description", "REQUIRED"),
                arguments(warm("+40712345678", 1L, "d", null, CallerIdMode.CUSTOM, null, null), "custom_caller_id",
                        "REQUIRED_WHEN(tools.0.caller_id_mode, custom)"),
                arguments(warm("+40712345678", 1L, "d", null, null, null, 101L), "hold_music_volume",
                        "BETWEEN(0, 100)"),
                arguments(warm("+40712345678", 9L, "d", null, null, null, null), "outbound_phone_id",
                        "UNKNOWN_REFERENCE"),
                arguments(new CollectKeypadTool(0L, null), "timeout", "BETWEEN(1, 30)"),
                arguments(new CollectKeypadTool(31L, null), "timeout", "BETWEEN(1, 30)"),
                arguments(calendar(null, "intro", null, null), "calcom_api_key", "REQUIRED"),
                arguments(calendar("k", null, null, null), "calcom_event_slug", "REQUIRED"),
                arguments(calendar("k", "intro", CalcomEndpoint.CUSTOM, null), "calcom_custom_endpoint",
                        "REQUIRED_WHEN(tools.0.calcom_endpoint, custom)"),
                arguments(calendar("k", "intro", CalcomEndpoint.CUSTOM, "http://cal.example.com"), "calcom_custom_endpoint",
                        "URL"),
                arguments(calendar("k", "intro", CalcomEndpoint.CUSTOM, "https://cal.example.com:70000"), "calcom_custom_endpoint",
                        "URL"),
                arguments(new CalendarIntegrationTool("k", "intro", null, null, null,
                        List.of(new BookingField("a", "text", "A", null, null), new BookingField("a", null, "B", null, null)), null),
                        "calcom_booking_fields.1.type", "REQUIRED"),
                arguments(new AssistantTransferTool(null, null, null, null), "assistant_id", "REQUIRED"),
                arguments(new AssistantTransferTool(2L, null, null, null), "assistant_id", "UNKNOWN_REFERENCE"),
                arguments(new AssistantTransferTool(1L, null, D501, null), "message_before_transfer",
                        "MAX_LENGTH(500)"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("rejected")
    void each_tool_type_reports_its_fields_under_the_tool_key(BuiltInTool tool, String field, String message) {
        assertThat(violations(AssistantDrafts.valid().tools(List.of(tool))))
                .containsEntry("tools.0." + field, List.of(message));
    }

    @Test
    void every_built_in_type_is_accepted_with_valid_fields() {
        assertThat(violations(AssistantDrafts.valid().tools(AssistantDrafts.allToolTypes()))).isEmpty();
    }

    @Test
    void a_sip_supervisor_is_accepted_when_custom_sip_is_true() {
        var tools = List.<BuiltInTool>of(warm("sip:agent@pbx.example.com", 1L, "d", true, null, null, null),
                warm("1042", 1L, "d", true, null, null, null));

        assertThat(violations(AssistantDrafts.valid().tools(tools))).isEmpty();
    }

    @Test
    void booking_fields_refused_for_their_number_are_not_judged_one_by_one() {
        var tooMany = Collections.nCopies(21, new BookingField(null, null, null, null, null));
        var found = violations(AssistantDrafts.valid().tools(List.of(
                new CalendarIntegrationTool("k", "intro", null, null, null, tooMany, null))));

        assertThat(found).containsOnly(Map.entry("tools.0.calcom_booking_fields", List.of("TOO_MANY(20)")));
    }

    @Test
    void a_null_booking_field_is_required_and_the_others_are_still_checked() {
        var fields = java.util.Arrays.asList(null, new BookingField("a", null, "A", null, null));
        var found = violations(AssistantDrafts.valid().tools(List.of(
                new CalendarIntegrationTool("k", "intro", null, null, null, fields, null))));

        assertThat(found).containsOnly(Map.entry("tools.0.calcom_booking_fields.0", List.of("REQUIRED")),
                Map.entry("tools.0.calcom_booking_fields.1.type", List.of("REQUIRED")));
    }

    @Test
    void a_null_tool_is_required_and_the_others_are_still_checked() {
        var found = violations(AssistantDrafts.valid().tools(java.util.Arrays.asList(null, new CollectKeypadTool(99L, null))));

        assertThat(found).containsOnly(Map.entry("tools.0", List.of("REQUIRED")),
                Map.entry("tools.1.timeout", List.of("BETWEEN(1, 30)")));
    }

    @Test
    void too_many_tools_are_reported_once_on_the_list_without_judging_items() {
        var found = violations(AssistantDrafts.valid().tools(Collections.nCopies(5000, new UnrecognizedTool(null))));

        assertThat(found).containsOnly(Map.entry("tools", List.of("TOO_MANY(20)")));
    }

    // Was a case of rejected() above: UnrecognizedTool(" ") reported tools.0.type REQUIRED (@NotBlank); now only @NotNull.
    @Test
    void a_blank_tool_type_is_required() {
        assertThat(violations(AssistantDrafts.valid().tools(List.of(new UnrecognizedTool(" ")))))
                .containsEntry("tools.0.type", List.of("REQUIRED"));
    }

    @Test
    void a_tool_type_that_names_no_built_in_tool_is_not_one_of_them() {
        assertThat(violations(AssistantDrafts.valid().tools(List.of(new UnrecognizedTool("fax")))))
                .containsEntry("tools.0.type", List.of("NOT_ONE_OF"));
    }
}
