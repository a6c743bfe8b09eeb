package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static ai.assistants.domain.assistant.FactoryHarness.violations;
import static org.assertj.core.api.Assertions.assertThat;

/** The engine answers a set; the report must not depend on its order. */
class ViolationOrderTest {

    @Test
    void field_violations_follow_the_declaration_order_and_nested_ones_follow_their_parent() {
        var found = violations(AssistantDrafts.full()
                .conversationInactivityTimeout(0L)
                .postCallSchema(List.of(new PostCallField("x", "string", "What the caller decided")))
                .webhookUrl("ftp://hooks.example.com/assistant")
                .ambientSound("jungle")
                .endpointType("loud")
                .ringingTime(0L)
                .maxDuration(5L)
                .speechSpeed(new BigDecimal("5"))
                .voiceStability(new BigDecimal("2"))
                .timezone("+02:00")
                .name(null));

        assertThat(found.keySet()).containsExactly("name", "timezone", "voice_stability", "speech_speed",
                "max_duration", "ringing_time", "endpoint_type", "ambient_sound", "webhook_url",
                "conversation_inactivity_timeout", "post_call_schema.0.name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "-1", "1.5", "1e400", "-1e400", "2", "3", "7", "42", "100"})
    void within_one_field_its_own_rules_come_before_the_rules_relating_fields(String threshold) {
        var found = violations(AssistantDrafts.valid().turnDetectionThreshold(new BigDecimal(threshold)));

        assertThat(found.get("turn_detection_threshold")).containsExactly(
                Messages.between("turn_detection_threshold", "0", "1"),
                Messages.prohibitedInMode("turn_detection_threshold", "pipeline"));
    }

    @Test
    void within_one_field_its_own_rules_keep_their_declaration_order() {
        String tooLongAndNoUrl = "x".repeat(2049);

        var found = violations(AssistantDrafts.valid().webhookUrl(tooLongAndNoUrl).conversationEndedWebhookUrl(tooLongAndNoUrl));

        assertThat(found.get("webhook_url")).containsExactly(Messages.maxLength("webhook_url", 2048),
                Messages.url("webhook_url"));
        assertThat(found.get("conversation_ended_webhook_url")).containsExactly(
                Messages.maxLength("conversation_ended_webhook_url", 2048), Messages.url("conversation_ended_webhook_url"));
    }
}
