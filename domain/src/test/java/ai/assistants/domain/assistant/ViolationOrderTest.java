package ai.assistants.domain.assistant;

import org.junit.jupiter.api.Test;

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
}
