package ai.assistants.adapters.rest.contract;

import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.tool.CallTransferTool;
import ai.assistants.domain.assistant.tool.EndCallTool;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Violations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An answer's errors come in the order of the request's fields, whichever layer found them and in whatever order. */
class ContractOrderTest {

    @Test
    void fields_follow_the_requests_order_whatever_order_they_were_found_in() {
        Violations found = new Violations()
                .add(FieldPath.of("evaluation").property("postCallSchema").index(0).property("name"), Rule.LENGTH_BETWEEN, 3, 16)
                .add(FieldPath.of("conversation").property("conversationInactivityTimeout"), Rule.BETWEEN, "1", "1440")
                .add(FieldPath.of("webhooks").property("webhookUrl"), Rule.URL)
                .add(FieldPath.of("ambient").property("ambientSound"), Rule.NOT_ONE_OF)
                .add(FieldPath.of("endpointing").property("endpointType"), Rule.NOT_ONE_OF)
                .add(FieldPath.of("timing").property("ringingTime"), Rule.BETWEEN, "1", "60")
                .add(FieldPath.of("timing").property("maxDuration"), Rule.BETWEEN, "20", "1200")
                .add(FieldPath.of("voice").property("speechSpeed"), Rule.BETWEEN, "0.7", "1.2")
                .add(FieldPath.of("voiceId"), Rule.UNKNOWN_REFERENCE)
                .add(FieldPath.of("voice").property("voiceStability"), Rule.BETWEEN, "0", "1")
                .add(FieldPath.of("timezone"), Rule.TIMEZONE)
                .add(FieldPath.root().key("colour"), Rule.NOT_SUPPORTED)
                .add(FieldPath.of("name"), Rule.REQUIRED);

        assertThat(RenderedErrors.of(found).keySet()).containsExactly("colour", "name", "voice_id", "timezone",
                "voice_stability", "speech_speed", "max_duration", "ringing_time", "endpoint_type", "ambient_sound",
                "webhook_url", "post_call_schema.0.name", "conversation_inactivity_timeout");
    }

    @Test
    void the_inbound_webhook_url_comes_after_the_other_webhook_fields_and_before_the_evaluation() {
        FieldPath webhooks = FieldPath.of("webhooks");
        Violations found = new Violations()
                .add(FieldPath.of("evaluation").property("postCallEvaluation"), Rule.WRONG_KIND, Rule.ValueKind.BOOLEAN)
                .add(webhooks.property("inboundWebhookUrl"), Rule.URL)
                .add(webhooks.property("conversationEndedWebhookUrl"), Rule.URL)
                .add(webhooks.property("webhookUrl"), Rule.URL);

        assertThat(RenderedErrors.of(found)).containsExactly(
                Map.entry("webhook_url", List.of("The webhook url field must be a valid URL.")),
                Map.entry("conversation_ended_webhook_url", List.of("The conversation ended webhook url field must be a valid URL.")),
                Map.entry("inbound_webhook_url", List.of("The inbound webhook url field must be a valid URL.")),
                Map.entry("post_call_evaluation", List.of("The post call evaluation field must be true or false.")));
    }

    @Test
    void within_one_field_its_own_rules_come_before_the_rules_relating_fields() {
        FieldPath threshold = FieldPath.of("engine").property("turnDetectionThreshold");
        FieldPath webhook = FieldPath.of("webhooks").property("webhookUrl");
        Violations found = new Violations()
                .add(threshold, Rule.PROHIBITED_IN_MODE, "pipeline")
                .add(webhook, Rule.URL)
                .add(threshold, Rule.BETWEEN, "0", "1")
                .add(webhook, Rule.MAX_LENGTH, 2048);

        assertThat(RenderedErrors.of(found).get("turn_detection_threshold")).containsExactly(
                "The turn detection threshold field must be between 0 and 1.",
                "The turn detection threshold field is prohibited when mode is pipeline.");
        assertThat(RenderedErrors.of(found).get("webhook_url")).containsExactly(
                "The webhook url field must not be greater than 2048 characters.", "The webhook url field must be a valid URL.");
    }

    @Test
    void items_come_by_index_and_a_list_before_its_items() {
        FieldPath toolIds = FieldPath.of("toolIds");
        Violations found = new Violations()
                .add(toolIds.index(10), Rule.DUPLICATE)
                .add(toolIds.index(2), Rule.UNKNOWN_REFERENCE)
                .add(FieldPath.of("secondaryLanguageIds"), Rule.SECONDARY_CONTAINS_PRIMARY)
                .add(FieldPath.of("secondaryLanguageIds").index(0), Rule.UNKNOWN_REFERENCE);

        assertThat(RenderedErrors.of(found).keySet()).containsExactly("secondary_language_ids", "secondary_language_ids.0",
                "tool_ids.2", "tool_ids.10");
    }

    @Test
    void a_tools_fields_follow_that_tools_own_order() {
        AssistantProfile judged = new AssistantProfile(null, null, null, null, null, null, null, null, null, null, null,
                null, List.of(new EndCallTool(null), new CallTransferTool(null, "x".repeat(501), null, null, null, null)),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        FieldPath second = FieldPath.of("tools").index(1);
        Violations found = new Violations()
                .add(second.property("description"), Rule.MAX_LENGTH, 500)
                .add(second.property("phoneNumber"), Rule.REQUIRED);

        assertThat(RenderedErrors.of(found, judged).keySet()).containsExactly("tools.1.phone_number", "tools.1.description");
    }
}
