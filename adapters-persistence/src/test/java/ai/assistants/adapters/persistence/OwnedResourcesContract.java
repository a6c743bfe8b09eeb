package ai.assistants.adapters.persistence;

import ai.assistants.adapters.persistence.account.JpaAccounts;
import ai.assistants.adapters.persistence.assistant.AssistantEntityMapper;
import ai.assistants.adapters.persistence.migration.EarlierSchema;
import ai.assistants.application.account.PhoneNumberRemoval;
import ai.assistants.application.owned.CategoryView;
import ai.assistants.application.owned.KnowledgebaseView;
import ai.assistants.application.paging.PageRequest;
import ai.assistants.application.port.out.CategoryNameTakenException;
import ai.assistants.application.port.out.OwnedReferenceMissingException;
import ai.assistants.application.port.out.PhoneNumberMissingException;
import ai.assistants.application.port.out.ProfileVariants;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantChange;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantProfiles;
import ai.assistants.domain.assistant.Assistants;
import ai.assistants.domain.assistant.KnowledgebaseAttachment;
import ai.assistants.domain.assistant.AssistantType;
import ai.assistants.domain.assistant.KnowledgebaseMode;
import ai.assistants.domain.assistant.ReferenceFactsFixture;
import ai.assistants.domain.assistant.tool.WarmCallTransferTool;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.owned.CategoryColor;
import ai.assistants.domain.owned.CategoryDetails;
import ai.assistants.domain.owned.CategoryKind;
import ai.assistants.domain.owned.KnowledgebaseDetails;
import ai.assistants.domain.owned.KnowledgebaseStatus;
import ai.assistants.domain.reference.OwnedKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The knowledge base, folder and label adapters on each database, and what their deletes leave of assistants. */
abstract class OwnedResourcesContract {

    static final AccountId ALPHA = new AccountId(1);
    static final AccountId BETA = new AccountId(2);

    PersistenceFixture store;

    abstract TestDatabase freshDatabase();

    @BeforeEach
    void migrateFreshDatabase() {
        store = new PersistenceFixture(freshDatabase(), true);
    }

    @AfterEach
    void dropDatabase() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void theDemoKnowledgebasesAreEmptyAndNewOnesGetIdsAfterThem() {
        assertThat(store.knowledgebases.list(ALPHA)).extracting(KnowledgebaseView::id, KnowledgebaseView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, KnowledgebaseStatus.EMPTY));
        KnowledgebaseView created = store.knowledgebases.create(BETA, new KnowledgebaseDetails("New", null));
        assertThat(created.id()).isEqualTo(3);
        assertThat(store.knowledgebases.find(BETA, 3)).contains(created);
        assertThat(store.knowledgebases.find(ALPHA, 3)).isEmpty();
        assertThat(store.knowledgebases.delete(ALPHA, 3)).isFalse();
    }

    @Test
    void aKnowledgebaseDeleteDetachesItAndItsModeFromTheAssistants() {
        Assistant full = store.assistants.saveNew(Assistants.newAssistant(ALPHA, withKnowledgebase(1L)));
        assertThat(store.knowledgebases.find(ALPHA, 1).orElseThrow().assistantsCount()).isEqualTo(1);

        assertThat(store.knowledgebases.delete(ALPHA, 1)).isTrue();

        Assistant after = store.assistants.findOwned(ALPHA, full.id().orElseThrow()).orElseThrow();
        assertThat(after.profile().knowledgebase().knowledgebaseId()).isNull();
        assertThat(after.profile().knowledgebase().knowledgebaseMode()).isNull();
        assertThat(after.updatedAt().orElseThrow()).isAfter(full.updatedAt().orElseThrow());
        assertThat(store.knowledgebases.find(ALPHA, 1)).isEmpty();
    }

    @Test
    void aNameIsTakenIgnoringCaseAndSpacesPerAccountAndKind() {
        store.categories.create(ALPHA, CategoryKind.FOLDER, new CategoryDetails("Sales", CategoryColor.RED));

        assertThatThrownBy(() -> store.categories.create(ALPHA, CategoryKind.FOLDER, new CategoryDetails(" sALES ", null)))
                .isInstanceOf(CategoryNameTakenException.class);
        store.categories.create(ALPHA, CategoryKind.LABEL, new CategoryDetails("sales", null));
        store.categories.create(BETA, CategoryKind.FOLDER, new CategoryDetails("SALES", null));
        assertThat(store.categories.page(ALPHA, CategoryKind.FOLDER, new PageRequest(1, 15)).total()).isEqualTo(1);
    }

    @Test
    void folderAndLabelDeletesTakeThemOutOfEveryAssistantAndCountsFollow() {
        long folder = store.categories.create(ALPHA, CategoryKind.FOLDER, new CategoryDetails("F", null)).id();
        long gone = store.categories.create(ALPHA, CategoryKind.LABEL, new CategoryDetails("Gone", null)).id();
        long stays = store.categories.create(ALPHA, CategoryKind.LABEL, new CategoryDetails("Stays", null)).id();
        Assistant a = store.assistants.saveNew(Assistants.newAssistant(ALPHA, categorized(folder, List.of(gone, stays))));
        store.assistants.saveNew(Assistants.newAssistant(ALPHA, categorized(folder, List.of(gone))));
        List<CategoryView> labels = store.categories.page(ALPHA, CategoryKind.LABEL, new PageRequest(1, 15)).items();
        assertThat(labels).extracting(CategoryView::assistantsCount).containsExactly(2L, 1L);

        assertThat(store.categories.delete(ALPHA, CategoryKind.FOLDER, folder)).isTrue();
        assertThat(store.categories.delete(ALPHA, CategoryKind.LABEL, gone)).isTrue();

        AssistantProfile after = store.assistants.findOwned(ALPHA, a.id().orElseThrow()).orElseThrow().profile();
        assertThat(after.folderId()).isNull();
        assertThat(after.labelIds()).containsExactly(stays);
        assertThat(store.categories.page(ALPHA, CategoryKind.LABEL, new PageRequest(1, 15)).items())
                .extracting(CategoryView::id, CategoryView::assistantsCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(stays, 1L));
        assertThat(store.categories.delete(BETA, CategoryKind.LABEL, stays)).isFalse();
    }

    @Test
    void aWriteNamingADeletedFolderOrLabelIsRefusedByTheLocks() {
        long folder = store.categories.create(ALPHA, CategoryKind.FOLDER, new CategoryDetails("F", null)).id();
        long label = store.categories.create(ALPHA, CategoryKind.LABEL, new CategoryDetails("L", null)).id();
        store.categories.delete(ALPHA, CategoryKind.FOLDER, folder);
        store.categories.delete(ALPHA, CategoryKind.LABEL, label);

        assertThatThrownBy(() -> store.assistants.saveNew(Assistants.newAssistant(ALPHA, categorized(folder, null))))
                .isInstanceOfSatisfying(OwnedReferenceMissingException.class,
                        missing -> assertThat(missing.kind()).isEqualTo(OwnedKind.FOLDER));
        assertThatThrownBy(() -> store.assistants.saveNew(Assistants.newAssistant(ALPHA, categorized(null, List.of(label)))))
                .isInstanceOfSatisfying(OwnedReferenceMissingException.class,
                        missing -> assertThat(missing.missingIds()).containsExactly(label));
    }

    @Test
    void aNumberAWarmTransferCallsOutFromIsKeptUntilNoAssistantUsesIt() {
        JpaAccounts accounts = new JpaAccounts(store.unitOfWork);
        Assistant warm = store.assistants.saveNew(Assistants.newAssistant(ALPHA, warmTransferFrom(2L)));
        AssistantId id = warm.id().orElseThrow();

        assertThat(accounts.deleteNumber(2)).isEqualTo(new PhoneNumberRemoval.InUse(List.of(id.value())));
        assertThat(store.assistants.change(ALPHA, id, stored -> PersistenceFixture.FACTORY.change(stored,
                new AssistantChange(ProfileVariants.withTools(stored.profile(), List.of()), Set.of(FieldPath.of("tools")),
                        null), ReferenceFactsFixture.facts(), null))).isPresent();

        assertThat(accounts.deleteNumber(2)).isEqualTo(new PhoneNumberRemoval.Removed());
    }

    @Test
    void aWriteComingToUseADeletedNumberIsRefusedByTheLockNotTheForeignKey() {
        JpaAccounts accounts = new JpaAccounts(store.unitOfWork);
        assertThat(accounts.deleteNumber(1)).isEqualTo(new PhoneNumberRemoval.Removed());
        Assistant kept = store.assistants.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()));

        assertThatThrownBy(() -> store.assistants.saveNew(Assistants.newAssistant(ALPHA, warmTransferFrom(1L))))
                .isInstanceOfSatisfying(PhoneNumberMissingException.class,
                        missing -> assertThat(missing.missingIds()).containsExactly(1L));
        assertThatThrownBy(() -> store.assistants.saveNew(Assistants.newAssistant(ALPHA,
                ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.OUTBOUND, 1L))))
                .isInstanceOfSatisfying(PhoneNumberMissingException.class,
                        missing -> assertThat(missing.missingIds()).containsExactly(1L));
        assertThatThrownBy(() -> store.assistants.change(ALPHA, kept.id().orElseThrow(), stored ->
                PersistenceFixture.FACTORY.change(stored, new AssistantChange(warmTransferFrom(1L),
                        Set.of(FieldPath.of("tools")), null), ReferenceFactsFixture.facts(), null)))
                .isInstanceOf(PhoneNumberMissingException.class);
        // Beta's number is not Alpha's to use, whatever the use case was told.
        assertThatThrownBy(() -> store.assistants.saveNew(Assistants.newAssistant(ALPHA, warmTransferFrom(5L))))
                .isInstanceOf(PhoneNumberMissingException.class);
    }

    @Test
    void fillsTheOutboundNumbersOfWarmTransfersStoredBeforeTheTable() throws SQLException {
        store.close();
        TestDatabase database = freshDatabase();
        EarlierSchema.migrateTo(database.dataSource(), "1.13");
        // Beta's number 5 and the unknown 999 were never the assistant's to use: no row.
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO assistants (id, account_id, status, name, voice_id, language_id, type, mode, tools,
                         settings, created_at, updated_at)
                     VALUES (?, 1, 'inactive', ?, ?, ?, 'outbound', 'pipeline', ?, ?,
                         CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")) {
            AssistantProfile profile = AssistantProfiles.minimal();
            insert.setLong(1, 301);
            insert.setString(2, profile.name());
            insert.setLong(3, profile.voiceId());
            insert.setLong(4, profile.languageId());
            insert.setString(5, "[" + warmJson(2) + ", " + warmJson(5) + ", " + warmJson(999) + ", " + warmJson(2)
                    + ", {\"type\": \"end_call\", \"description\": \"Bye\"}]");
            insert.setString(6, AssistantEntityMapper.INSTANCE.settingsJson(profile));
            insert.executeUpdate();
        }

        store = new PersistenceFixture(database, true);
        try (Connection connection = database.dataSource().getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT assistant_id, phone_number_id FROM assistant_outbound_phone_numbers")) {
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getLong(1) + "->" + rows.getLong(2));
            }
            assertThat(found).containsExactly("301->2");
        }
        assertThat(new JpaAccounts(store.unitOfWork).deleteNumber(2)).isEqualTo(new PhoneNumberRemoval.InUse(List.of(301L)));
    }

    private static String warmJson(long outboundPhoneId) {
        return "{\"type\": \"warm_call_transfer\", \"supervisor_phone\": \"+40712345679\", \"outbound_phone_id\": "
                + outboundPhoneId + ", \"description\": \"To a supervisor\"}";
    }

    private static AssistantProfile warmTransferFrom(long outboundPhoneId) {
        return ProfileVariants.withTools(AssistantProfiles.minimal(), List.of(new WarmCallTransferTool("+40712345679",
                outboundPhoneId, "Warm transfer to a supervisor", null, null, null, null, null, null, null, null, null)
                .withDefaults()));
    }

    private static AssistantProfile withKnowledgebase(long knowledgebaseId) {
        AssistantProfile base = AssistantProfiles.minimal();
        return new AssistantProfile(base.name(), base.voiceId(), base.languageId(), base.type(), base.timezone(),
                base.initialMessage(), base.systemPrompt(), base.engine(), base.secondaryLanguageIds(),
                new KnowledgebaseAttachment(knowledgebaseId, KnowledgebaseMode.PROMPT), base.phoneNumberId(),
                base.toolIds(), base.tools(), base.providers(), base.voice(), base.call(), base.timing(),
                base.reengagement(), base.voicemail(), base.endpointing(), base.ambient(), base.webhooks(),
                base.evaluation(), base.variables(), base.conversation(), null, null);
    }

    private static AssistantProfile categorized(Long folderId, List<Long> labelIds) {
        AssistantProfile base = AssistantProfiles.minimal();
        return new AssistantProfile(base.name(), base.voiceId(), base.languageId(), base.type(), base.timezone(),
                base.initialMessage(), base.systemPrompt(), base.engine(), base.secondaryLanguageIds(),
                base.knowledgebase(), base.phoneNumberId(), base.toolIds(), base.tools(), base.providers(), base.voice(),
                base.call(), base.timing(), base.reengagement(), base.voicemail(), base.endpointing(), base.ambient(),
                base.webhooks(), base.evaluation(), base.variables(), base.conversation(), folderId, labelIds);
    }
}
