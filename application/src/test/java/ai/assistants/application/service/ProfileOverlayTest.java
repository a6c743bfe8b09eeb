package ai.assistants.application.service;

import ai.assistants.domain.assistant.AssistantDrafts;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.validation.FieldPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileOverlayTest {

    private final AssistantProfile stored = AssistantDrafts.full().build();

    @Test
    void nothingSentIsTheStoredProfile() {
        assertThat(ProfileOverlay.apply(stored, AssistantDrafts.valid().name("Other").build(), Set.of())).isEqualTo(stored);
    }

    @Test
    void replacesExactlyTheFieldsSentInsideTheirGroupsNullIncluded() {
        AssistantProfile sent = AssistantDrafts.valid().name("Renamed").ringingTime(5L).maxDuration(null)
                .variables(Map.of("b", 2)).toolIds(List.of()).build();

        AssistantProfile overlaid = ProfileOverlay.apply(stored, sent, Set.of(FieldPath.of("name"),
                FieldPath.of("timing").property("ringingTime"), FieldPath.of("timing").property("maxDuration"),
                FieldPath.of("variables"), FieldPath.of("toolIds")));

        assertThat(overlaid).isEqualTo(AssistantDrafts.full().name("Renamed").ringingTime(5L).maxDuration(null)
                .variables(Map.of("b", 2)).toolIds(List.of()).build());
    }

    @Test
    void aSentRecordReplacesTheStoredOneWhole() {
        AssistantProfile sent = AssistantDrafts.valid().fillerConfig(null).build();

        AssistantProfile overlaid = ProfileOverlay.apply(stored, sent, Set.of(FieldPath.of("call").property("fillerConfig")));

        assertThat(overlaid.call().fillerConfig()).isNull();
        assertThat(overlaid.call().fillers()).isEqualTo(stored.call().fillers());
    }
}
