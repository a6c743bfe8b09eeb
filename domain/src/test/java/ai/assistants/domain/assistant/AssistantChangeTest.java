package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.AssistantTransferTool;
import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.ViolationText;
import ai.assistants.domain.validation.Violations;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static ai.assistants.domain.assistant.FactoryHarness.FACTORY;
import static ai.assistants.domain.assistant.FactoryHarness.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link AssistantFactory#change}: what an update resets beyond the fields it names, and the rules
 * judged on the result. {@code requested} is built as the use case builds it: the stored draft with
 * the sent fields replaced.
 */
class AssistantChangeTest {

    private static final AssistantId SELF = new AssistantId(77);
    private static final Instant STORED_AT = Instant.parse("2024-05-01T10:00:00Z");

    private static Assistant stored(AssistantDrafts draft, AssistantStatus status) {
        Assistant created = FACTORY.createNew(OWNER, draft.build(), ReferenceFactsFixture.facts(), null);
        Assistant stored = created.storedAs(SELF, STORED_AT, STORED_AT);
        return status == AssistantStatus.INACTIVE ? stored : stored.changedTo(status, stored.profile()).savedAt(STORED_AT);
    }

    private static Set<FieldPath> paths(ProfileField<?, ?>... fields) {
        return java.util.Arrays.stream(fields).map(ProfileField::path).collect(java.util.stream.Collectors.toSet());
    }

    private static Assistant change(Assistant stored, AssistantDrafts requested, Set<FieldPath> sent, AssistantStatus status) {
        return change(stored, requested, sent, status, ReferenceFactsFixture.facts());
    }

    private static Assistant change(Assistant stored, AssistantDrafts requested, Set<FieldPath> sent, AssistantStatus status,
                                    ReferenceFacts facts) {
        return FACTORY.change(stored, new AssistantChange(requested.build(), sent, status), facts, new Violations());
    }

    private static Map<String, List<String>> refusal(Assistant stored, AssistantDrafts requested, Set<FieldPath> sent,
                                                     AssistantStatus status) {
        try {
            change(stored, requested, sent, status);
        } catch (InvalidAssistantException refused) {
            return ViolationText.byKey(refused.violations());
        }
        throw new AssertionError("the change was accepted");
    }

    @Test
    void aNewModeDropsTheOldModelsAndProvidersAndPutsBackWhatItProhibits() {
        Assistant stored = stored(AssistantDrafts.full(), AssistantStatus.INACTIVE);

        Assistant changed = change(stored, AssistantDrafts.full().mode(EngineMode.DUALPLEX).multimodalModelId(1L),
                paths(ProfileFields.MODE, ProfileFields.MULTIMODAL_MODEL_ID), null);

        AssistantProfile profile = changed.profile();
        assertThat(profile.engine()).isEqualTo(new EngineSettings(EngineMode.DUALPLEX, null, 1L, null, null));
        assertThat(profile.providers()).as("chosen again: the language's synthesizer, no transcriber")
                .isEqualTo(new ProviderSelection(1L, null));
        assertThat(profile.call().fillers()).isFalse();
        assertThat(profile.call().fillerConfig()).isNull();
        assertThat(profile.call().allowInterruptions()).isTrue();
        assertThat(profile.call().record()).as("what the mode allows stays").isTrue();
        assertThat(profile.knowledgebase()).isEqualTo(new KnowledgebaseAttachment(1L, KnowledgebaseMode.FUNCTION_CALL));
    }

    @Test
    void aNewModeWithoutItsModelIsRefusedAsOnCreate() {
        Assistant stored = stored(AssistantDrafts.valid(), AssistantStatus.INACTIVE);

        assertThat(refusal(stored, AssistantDrafts.valid().mode(EngineMode.DUALPLEX), paths(ProfileFields.MODE), null))
                .isEqualTo(Map.of("engine.multimodal_model_id", List.of("REQUIRED_WHEN(engine.mode, dualplex)")));
    }

    @Test
    void whatANewModeProhibitsButTheRequestSendsIsJudgedNotReset() {
        Assistant stored = stored(AssistantDrafts.valid(), AssistantStatus.INACTIVE);

        assertThat(refusal(stored, AssistantDrafts.valid().mode(EngineMode.DUALPLEX).multimodalModelId(1L).fillers(true),
                paths(ProfileFields.MODE, ProfileFields.MULTIMODAL_MODEL_ID, ProfileFields.FILLERS), null))
                .isEqualTo(Map.of("call.fillers", List.of("FILLERS_PIPELINE_ONLY")));
    }

    @Test
    void aNewLanguageDropsTheProvidersThatDoNotSpeakItUnlessTheRequestNamesThem() {
        Assistant stored = stored(AssistantDrafts.valid().synthesizerProviderId(1L), AssistantStatus.INACTIVE);
        ReferenceFacts spanishDefaults = ReferenceFactsFixture.withDefaults(9L, 1L);

        Assistant changed = change(stored, AssistantDrafts.valid().synthesizerProviderId(1L).languageId(3L),
                paths(ProfileFields.LANGUAGE_ID), null, spanishDefaults);
        assertThat(changed.profile().providers().synthesizerProviderId()).isEqualTo(9L);

        assertThatThrownBy(() -> change(stored, AssistantDrafts.valid().synthesizerProviderId(1L).languageId(3L),
                paths(ProfileFields.LANGUAGE_ID, ProfileFields.SYNTHESIZER_PROVIDER_ID), null, spanishDefaults))
                .as("named, it is judged: provider 1 does not speak language 3")
                .isInstanceOf(InvalidAssistantException.class);
    }

    @Test
    void clearingTheKnowledgeBaseClearsItsModeAndClearingTheWebhookUrlSwitchesItOff() {
        Assistant stored = stored(AssistantDrafts.full(), AssistantStatus.INACTIVE);

        Assistant changed = change(stored, AssistantDrafts.full().knowledgebaseId(null).webhookUrl(null),
                paths(ProfileFields.KNOWLEDGEBASE_ID, ProfileFields.WEBHOOK_URL), null);

        assertThat(changed.profile().knowledgebase()).isEqualTo(KnowledgebaseAttachment.NONE);
        assertThat(changed.profile().webhooks().isWebhookActive()).isFalse();
        assertThat(changed.profile().webhooks().webhookUrl()).isNull();
    }

    @Test
    void itsOwnInboundNumberIsNotHeldByAnotherButItCannotTransferToItself() {
        Assistant stored = stored(AssistantDrafts.valid(), AssistantStatus.INACTIVE);

        Assistant inbound = change(stored, AssistantDrafts.valid().type(AssistantType.INBOUND).phoneNumberId(4L),
                paths(ProfileFields.TYPE, ProfileFields.PHONE_NUMBER_ID), null);
        assertThat(inbound.profile().phoneNumberId()).as("number 4 is held by assistant 77, itself").isEqualTo(4L);

        assertThat(refusal(stored, AssistantDrafts.valid().tools(List.of(new AssistantTransferTool(SELF.value(), null, null, null))),
                paths(ProfileFields.TOOLS), null))
                .isEqualTo(Map.of("tools.0.assistant_id", List.of("UNKNOWN_REFERENCE")));
    }

    @Test
    void anInboundAssistantNeedsANumberToBeActiveWhicheverFieldChanges() {
        Assistant inboundWithout = stored(AssistantDrafts.valid().type(AssistantType.INBOUND), AssistantStatus.INACTIVE);
        Set<FieldPath> status = Set.of(AssistantFactory.STATUS);
        assertThat(refusal(inboundWithout, AssistantDrafts.valid().type(AssistantType.INBOUND), status, AssistantStatus.ACTIVE))
                .isEqualTo(Map.of("status", List.of("INBOUND_NEEDS_PHONE_NUMBER")));

        Assistant active = stored(AssistantDrafts.valid().type(AssistantType.INBOUND).phoneNumberId(1L), AssistantStatus.ACTIVE);
        assertThat(refusal(active, AssistantDrafts.valid().type(AssistantType.INBOUND), paths(ProfileFields.PHONE_NUMBER_ID), null))
                .isEqualTo(Map.of("status", List.of("INBOUND_NEEDS_PHONE_NUMBER")));

        Assistant deactivated = change(active, AssistantDrafts.valid().type(AssistantType.INBOUND).phoneNumberId(1L), status, null);
        assertThat(deactivated.status()).as("a status sent as null is a new assistant's").isEqualTo(AssistantStatus.INACTIVE);
    }

    @Test
    void aChangeThatLeavesEverythingAsItWasGivesBackTheStoredAssistant() {
        Assistant stored = stored(AssistantDrafts.full(), AssistantStatus.INACTIVE);

        assertThat(change(stored, AssistantDrafts.full(), Set.of(), null)).isSameAs(stored);
        assertThat(change(stored, AssistantDrafts.full(), paths(ProfileFields.LANGUAGE_ID, ProfileFields.TOOLS), null))
                .isSameAs(stored);
        assertThat(change(stored, AssistantDrafts.full().name("Renamed"), Set.of(FieldPath.of("name")), null))
                .isNotSameAs(stored)
                .satisfies(changed -> assertThat(changed.profile().name()).isEqualTo("Renamed"));
    }
}
