package ai.assistants.adapters.rest.assistant;

import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantProfiles;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.CalendarIntegrationTool;
import ai.assistants.domain.assistant.tool.EndCallTool;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SecretMaskTest {

    @Test
    void showsOnlyTheLastFourCharacters() {
        assertThat(SecretMask.mask("cal_live_secret_abcd")).isEqualTo("****abcd");
    }

    @Test
    void showsNothingOfASecretThatShort() {
        assertThat(SecretMask.mask("abcd")).isEqualTo("****");
        assertThat(SecretMask.mask("ab")).isEqualTo("****");
    }

    @Test
    void countsCharactersNotCodeUnits() {
        assertThat(SecretMask.mask("key-😀😀😀😀")).isEqualTo("****😀😀😀😀");
    }

    private static CalendarIntegrationTool calendar(String key) {
        return new CalendarIntegrationTool(key, "intro-call", null, null, null, null, null);
    }

    private static AssistantProfile withTools(BuiltInTool... tools) {
        return AssistantProfile.withTools(AssistantProfiles.minimal(), List.of(tools));
    }

    @Test
    void aKeySentBackAsItWasShownKeepsTheStoredKey() {
        AssistantProfile stored = withTools(new EndCallTool(null), calendar("cal_live_secret_abcd"));

        AssistantProfile kept = SecretMask.keepingStoredSecrets(withTools(new EndCallTool(null), calendar("****abcd")), stored);

        assertThat(kept.tools()).containsExactly(new EndCallTool(null), calendar("cal_live_secret_abcd"));
    }

    @Test
    void aNewKeyOrAKeyAtAnotherPlaceIsTakenAsSent() {
        AssistantProfile stored = withTools(calendar("cal_live_secret_abcd"), new EndCallTool(null));

        assertThat(SecretMask.keepingStoredSecrets(withTools(calendar("cal_live_new_wxyz")), stored).tools())
                .containsExactly(calendar("cal_live_new_wxyz"));
        assertThat(SecretMask.keepingStoredSecrets(withTools(new EndCallTool(null), calendar("****abcd")), stored).tools())
                .as("the stored tool at that place is no calendar").containsExactly(new EndCallTool(null), calendar("****abcd"));
        AssistantProfile noTools = AssistantProfiles.minimal();
        assertThat(SecretMask.keepingStoredSecrets(noTools, stored)).isSameAs(noTools);
    }
}
