package ai.assistants.adapters.persistence;

import ai.assistants.adapters.persistence.account.JpaMidCallToolRepository;
import ai.assistants.adapters.persistence.assistant.AssistantEntityMapper;
import ai.assistants.adapters.persistence.migration.EarlierSchema;
import ai.assistants.application.port.in.MidCallToolLimitReachedException;
import ai.assistants.application.port.out.OwnedReferenceMissingException;
import ai.assistants.domain.reference.OwnedKind;
import ai.assistants.application.port.out.MidCallToolNameTakenException;
import ai.assistants.application.port.out.ProfileVariants;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantProfiles;
import ai.assistants.domain.assistant.Assistants;
import ai.assistants.domain.midcalltool.HttpMethod;
import ai.assistants.domain.midcalltool.MidCallTool;
import ai.assistants.domain.midcalltool.MidCallToolChange;
import ai.assistants.domain.midcalltool.MidCallToolDefinition;
import ai.assistants.domain.midcalltool.MidCallToolFields;
import ai.assistants.domain.midcalltool.MidCallToolFactory;
import ai.assistants.domain.midcalltool.MidCallToolId;
import ai.assistants.domain.midcalltool.ParameterType;
import ai.assistants.domain.midcalltool.ToolHeader;
import ai.assistants.domain.midcalltool.ToolParameter;
import ai.assistants.domain.validation.Violations;
import jakarta.validation.Validation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mid-call tools' storage on each database: the rules races could break, the join table, the migrations. */
abstract class MidCallToolStoreContract {

    private static final AccountId ALPHA = new AccountId(1);
    private static final AccountId BETA = new AccountId(2);
    private static final MidCallToolFactory FACTORY =
            new MidCallToolFactory(Validation.buildDefaultValidatorFactory().getValidator(), false);

    private PersistenceFixture store;
    private JpaMidCallToolRepository tools;

    abstract TestDatabase freshDatabase();

    @BeforeEach
    void migrateFreshDatabase() {
        store = new PersistenceFixture(freshDatabase(), true);
        tools = new JpaMidCallToolRepository(store.unitOfWork, PersistenceFixture.FACTORY);
    }

    @AfterEach
    void dropDatabase() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void readsBackWhatItStored() {
        MidCallToolDefinition definition = new MidCallToolDefinition("lookup", "Looks up", "https://x.example.com/{id_value}",
                HttpMethod.PATCH, 7L, List.of(new ToolHeader("X-Key", "sécret 🔑")),
                List.of(new ToolParameter("id_value", ParameterType.NUMBER, "The id")));
        MidCallTool saved = tools.saveNew(FACTORY.createNew(ALPHA, definition, name -> false, new Violations()));

        MidCallTool read = tools.findOwned(ALPHA, saved.id().orElseThrow()).orElseThrow();

        assertThat(read.definition()).isEqualTo(definition);
        assertThat(read.createdAt()).isEqualTo(saved.createdAt());
        assertThat(saved.id().orElseThrow().value()).as("after the demo set's ids").isGreaterThan(4);
        assertThat(tools.findOwned(BETA, saved.id().orElseThrow())).isEmpty();
        assertThat(tools.findAllOwned(ALPHA)).extracting(tool -> tool.id().orElseThrow().value()).isSorted()
                .contains(1L, 2L, saved.id().orElseThrow().value());
    }

    @Test
    void completesTheDemoTools() {
        List<MidCallTool> demo = tools.findAllOwned(BETA);

        assertThat(demo).extracting(tool -> tool.definition().name()).containsExactly("check_appointment", "send_sms");
        demo.forEach(tool -> FACTORY.createNew(BETA, tool.definition(), name -> false, new Violations()));
    }

    @Test
    void refusesAToolPastTheAccountsLimit() {
        store.database.execute("UPDATE accounts SET mid_call_tool_limit = 3 WHERE id = 1");
        tools.saveNew(tool(ALPHA, "third"));

        assertThatThrownBy(() -> tools.saveNew(tool(ALPHA, "fourth")))
                .isInstanceOfSatisfying(MidCallToolLimitReachedException.class, e -> assertThat(e.limit()).isEqualTo(3));
        assertThat(tools.findAllOwned(ALPHA)).hasSize(3);
        tools.saveNew(tool(BETA, "fourth"));
    }

    @Test
    void letsTheDatabaseKeepNamesUniquePerAccount() {
        tools.saveNew(tool(ALPHA, "twice"));
        MidCallTool other = tools.saveNew(tool(ALPHA, "other"));

        assertThatThrownBy(() -> tools.saveNew(tool(ALPHA, "twice"))).isInstanceOf(MidCallToolNameTakenException.class);
        assertThatThrownBy(() -> tools.change(ALPHA, other.id().orElseThrow(), stored -> FACTORY.change(stored,
                new MidCallToolChange(tool(ALPHA, "twice").definition(), Set.of(MidCallToolFields.NAME.path())),
                name -> false, new Violations()))).isInstanceOf(MidCallToolNameTakenException.class);
        assertThat(tools.nameTaken(ALPHA, "twice", Optional.empty())).isTrue();
        assertThat(tools.nameTaken(ALPHA, "other", other.id())).isFalse();
        assertThat(tools.nameTaken(BETA, "twice", Optional.empty())).isFalse();
        tools.saveNew(tool(BETA, "twice"));
    }

    @Test
    void detachesADeletedToolFromEveryAssistantInTheSameTransaction() {
        long first = store.assistants.saveNew(Assistants.newAssistant(ALPHA, withTools(List.of(2L, 1L)))).id().orElseThrow().value();
        long second = store.assistants.saveNew(Assistants.newAssistant(ALPHA, withTools(List.of(1L)))).id().orElseThrow().value();

        assertThat(tools.delete(BETA, new MidCallToolId(1))).as("another account's").isFalse();
        assertThat(tools.delete(ALPHA, new MidCallToolId(1))).isTrue();

        assertThat(toolIds(first)).containsExactly(2L);
        assertThat(toolIds(second)).isEmpty();
        assertThat(rows("SELECT assistant_id, mid_call_tool_id FROM assistant_mid_call_tools ORDER BY assistant_id"))
                .containsExactly(first + "->2");
        assertThat(tools.delete(ALPHA, new MidCallToolId(1))).isFalse();
        assertThatThrownBy(() -> store.assistants.saveNew(Assistants.newAssistant(ALPHA, withTools(List.of(2L, 1L)))))
                .isInstanceOfSatisfying(OwnedReferenceMissingException.class,
                        e -> assertThat(e.missingIds()).containsExactly(1L));
        assertThatThrownBy(() -> store.assistants.saveNew(Assistants.newAssistant(ALPHA, withTools(List.of(3L)))))
                .as("another account's tool").isInstanceOf(OwnedReferenceMissingException.class);
        assertThat(store.assistants.delete(ALPHA, new AssistantId(first))).isNotNull();
        assertThat(rows("SELECT assistant_id, mid_call_tool_id FROM assistant_mid_call_tools")).isEmpty();
    }

    @Test
    void fillsTheToolsOfAssistantsStoredBeforeTheTable() throws SQLException {
        TestDatabase database = freshDatabase();
        EarlierSchema.migrateTo(database.dataSource(), "1.10");
        // Beta's tool 3 and the unknown 999 were never the assistant's to name: no row.
        insertAsV1_10StoredIt(database, 301, "[2, 1, 3, 999]");
        insertAsV1_10StoredIt(database, 302, "[]");

        try (PersistenceFixture migrated = new PersistenceFixture(database, true)) {
            assertThat(rows(migrated, "SELECT assistant_id, mid_call_tool_id FROM assistant_mid_call_tools"
                    + " ORDER BY assistant_id, mid_call_tool_id")).containsExactly("301->1", "301->2");
            JpaMidCallToolRepository migratedTools = new JpaMidCallToolRepository(migrated.unitOfWork, PersistenceFixture.FACTORY);
            assertThat(migratedTools.saveNew(tool(ALPHA, "after_migration")).id().orElseThrow().value())
                    .as("new ids come after the ones given before").isEqualTo(5L);
            assertThat(migratedTools.delete(ALPHA, new MidCallToolId(1))).isTrue();
            assertThat(rows(migrated, "SELECT CAST(tool_ids AS VARCHAR) FROM assistants WHERE id = 301").get(0))
                    .isEqualTo("[2,3,999]");
        }
    }

    private static MidCallTool tool(AccountId owner, String name) {
        return FACTORY.createNew(owner, new MidCallToolDefinition(name, "A tool", "https://api.example.com/x",
                HttpMethod.POST, null, null, null), taken -> false, new Violations());
    }

    private static AssistantProfile withTools(List<Long> toolIds) {
        return ProfileVariants.withLists(AssistantProfiles.minimal(), List.of(), toolIds);
    }

    private List<Long> toolIds(long assistantId) {
        return new ArrayList<>(store.assistants.findOwned(ALPHA, new AssistantId(assistantId)).orElseThrow()
                .profile().toolIds());
    }

    private List<String> rows(String sql) {
        return rows(store, sql);
    }

    private static List<String> rows(PersistenceFixture fixture, String sql) {
        try (Connection connection = fixture.database.dataSource().getConnection();
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(result.getMetaData().getColumnCount() == 1 ? result.getString(1).replace(" ", "")
                        : result.getString(1) + "->" + result.getString(2));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ALPHA's assistant {@code id} naming {@code toolIds}, in the schema of V1_10. */
    private static void insertAsV1_10StoredIt(TestDatabase database, long id, String toolIds) throws SQLException {
        AssistantProfile profile = AssistantProfiles.minimal();
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO assistants (id, account_id, status, name, voice_id, language_id, type, mode, tool_ids,
                         settings, created_at, updated_at)
                     VALUES (?, 1, 'inactive', ?, ?, ?, 'outbound', 'pipeline', ?, ?,
                         CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")) {
            insert.setLong(1, id);
            insert.setString(2, profile.name());
            insert.setLong(3, profile.voiceId());
            insert.setLong(4, profile.languageId());
            insert.setString(5, toolIds);
            insert.setString(6, AssistantEntityMapper.INSTANCE.settingsJson(profile));
            insert.executeUpdate();
        }
    }
}
