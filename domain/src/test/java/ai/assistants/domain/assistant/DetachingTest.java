package ai.assistants.domain.assistant;

import ai.assistants.domain.reference.OwnedKind;
import ai.assistants.domain.validation.Violations;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static ai.assistants.domain.assistant.FactoryHarness.FACTORY;
import static org.assertj.core.api.Assertions.assertThat;

/** What a delete of a knowledge base, folder or label leaves of the assistants that named it. */
class DetachingTest {

    private static final AccountId OWNER = new AccountId(1);

    private static Assistant stored(AssistantDrafts draft) {
        Assistant created = FACTORY.createNew(OWNER, draft.build(), ReferenceFactsFixture.facts(), new Violations());
        return created.storedAs(new AssistantId(7), Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void aDeletedKnowledgebaseTakesItsModeAlong() {
        Assistant assistant = stored(AssistantDrafts.valid().knowledgebaseId(1L).knowledgebaseMode(KnowledgebaseMode.PROMPT));

        Assistant detached = assistant.without(OwnedKind.KNOWLEDGEBASE, 1);

        assertThat(detached.profile().knowledgebase()).isEqualTo(new KnowledgebaseAttachment(null, null));
        assertThat(detached.profile().withDefaults(detached.profile().providers())).isEqualTo(detached.profile());
        assertThat(assistant.without(OwnedKind.KNOWLEDGEBASE, 2)).isSameAs(assistant);
    }

    @Test
    void aDeletedFolderLeavesTheAssistantUncategorizedAndALabelLeavesTheRestInOrder() {
        Assistant assistant = stored(AssistantDrafts.valid().folderId(1L).labelIds(List.of(2L, 1L)));

        assertThat(assistant.without(OwnedKind.FOLDER, 1).profile().folderId()).isNull();
        assertThat(assistant.without(OwnedKind.FOLDER, 2)).isSameAs(assistant);
        assertThat(assistant.without(OwnedKind.LABEL, 2).profile().labelIds()).containsExactly(1L);
        assertThat(assistant.without(OwnedKind.LABEL, 2).without(OwnedKind.LABEL, 1).profile().labelIds()).isEmpty();
        assertThat(assistant.without(OwnedKind.LABEL, 3)).isSameAs(assistant);
        assertThat(assistant.labelIds()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(assistant.without(OwnedKind.LABEL, 2).status()).isEqualTo(assistant.status());
    }
}
