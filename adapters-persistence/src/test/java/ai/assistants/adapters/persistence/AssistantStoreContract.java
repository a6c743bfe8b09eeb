package ai.assistants.adapters.persistence;

import ai.assistants.application.catalog.LanguageView;
import ai.assistants.application.catalog.ModelView;
import ai.assistants.application.catalog.PhoneNumberView;
import ai.assistants.application.port.out.AssistantRepository;
import ai.assistants.application.port.out.AssistantRepositoryContract;
import ai.assistants.application.port.out.PhoneNumberAlreadyAssignedException;
import ai.assistants.application.port.out.ProfileVariants;
import ai.assistants.application.port.out.ReferenceData.DefaultProviders;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantProfiles;
import ai.assistants.domain.assistant.AssistantType;
import ai.assistants.domain.assistant.Assistants;
import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ModelKind;
import ai.assistants.domain.reference.PhoneNumberFacts;
import ai.assistants.domain.reference.PhoneNumberType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the out-ports promise, run against each database the service supports: the repository
 * port's contract (inherited), what only SQL can tell of it, and the other out-ports. Every test
 * gets a freshly migrated database with the demo data set, whose accounts and resources are the
 * ones the repository contract expects, so tests neither see nor leave data.
 */
abstract class AssistantStoreContract extends AssistantRepositoryContract {

    /** A demo number of account ALPHA that no assistant can answer. */
    static final long ALPHA_CALLER_ID = 4;

    PersistenceFixture store;

    abstract TestDatabase freshDatabase();

    @BeforeEach
    void migrateFreshDatabase() {
        store = new PersistenceFixture(freshDatabase(), true);
    }

    @Override
    protected AssistantRepository repository() {
        return store.assistants;
    }

    @Override
    protected long storedAssistants() {
        return count("assistants");
    }

    @AfterEach
    void dropDatabase() {
        if (store != null) { // null when no database was available and the test was skipped
            store.close();
        }
    }

    @Test
    void storesListsAndMapsNeverSentAsSqlNull() {
        Assistant saved = store.assistants.saveNew(Assistants.newAssistant(BETA, AssistantProfiles.minimal()));

        assertThat(storedText("SELECT COALESCE(secondary_language_ids, tool_ids, tools, post_call_schema, variables)"
                + " FROM assistants WHERE id = " + saved.id().orElseThrow().value())).isNull();
    }

    @Test
    void keepsTheCalendarApiKeyAsSent() {
        Assistant saved = store.assistants.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.full()));

        assertThat(storedText("SELECT CAST(tools AS VARCHAR) FROM assistants WHERE id = " + saved.id().orElseThrow().value()))
                .containsPattern("\"calcom_api_key\":\\s*\"cal_live_secret_abcd\"");
    }

    @Test
    void findsExistingAssistantsOnlyAmongTheOwnersOnes() {
        Assistant saved = store.assistants.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()));
        long id = saved.id().orElseThrow().value();

        assertThat(store.accountResources.existingAssistants(BETA, Set.of(id))).isEmpty();
        assertThat(store.accountResources.existingAssistants(ALPHA, Set.of(id, id + 1000))).containsExactly(id);
    }

    @Test
    void filtersAccountResourcesByOwner() {
        assertThat(store.accountResources.phoneNumbers(BETA, Set.of(1L, 5L))).containsOnlyKeys(5L);
        assertThat(store.accountResources.existingMidCallTools(BETA, Set.of(1L, 2L, 3L))).containsExactly(3L);
        assertThat(store.accountResources.existingKnowledgebases(ALPHA, Set.of(1L, 2L))).containsExactly(1L);
        assertThat(store.accountResources.listPhoneNumbers(ALPHA)).extracting(PhoneNumberView::id)
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(store.accountResources.listMidCallTools(BETA)).extracting(tool -> tool.id())
                .containsExactly(3L, 4L);
        assertThat(store.accountResources.listKnowledgebases(BETA)).extracting(kb -> kb.id())
                .containsExactly(2L);
    }

    @Test
    void listsEachNumberTypeAndWhetherAnInboundAssistantHoldsIt() {
        Assistant inbound = store.assistants.saveNew(Assistants.newAssistant(ALPHA,
                ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.INBOUND, ALPHA_NUMBER)));
        store.assistants.saveNew(Assistants.newAssistant(ALPHA,
                ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.OUTBOUND, ALPHA_SECOND_NUMBER)));

        assertThat(store.accountResources.listPhoneNumbers(ALPHA))
                .extracting(PhoneNumberView::id, PhoneNumberView::type, PhoneNumberView::isAvailable)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, PhoneNumberType.NORMAL, false),
                        org.assertj.core.groups.Tuple.tuple(2L, PhoneNumberType.NORMAL, true),
                        org.assertj.core.groups.Tuple.tuple(3L, PhoneNumberType.SIP, true),
                        org.assertj.core.groups.Tuple.tuple(4L, PhoneNumberType.CALLER_ID, true));
        assertThat(store.accountResources.phoneNumbers(ALPHA, Set.of(ALPHA_NUMBER, ALPHA_SECOND_NUMBER, ALPHA_CALLER_ID)))
                .containsEntry(ALPHA_NUMBER, new PhoneNumberFacts(ALPHA_NUMBER, PhoneNumberType.NORMAL,
                        inbound.id().orElseThrow().value()))
                .containsEntry(ALPHA_SECOND_NUMBER, new PhoneNumberFacts(ALPHA_SECOND_NUMBER, PhoneNumberType.NORMAL, null))
                .containsEntry(ALPHA_CALLER_ID, new PhoneNumberFacts(ALPHA_CALLER_ID, PhoneNumberType.CALLER_ID, null));
    }

    @Test
    void keepsNoAssignmentOfARefusedInboundCreate() {
        AssistantProfile inbound = ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.INBOUND,
                ALPHA_NUMBER);
        store.assistants.saveNew(Assistants.newAssistant(ALPHA, inbound));

        assertThatThrownBy(() -> store.assistants.saveNew(Assistants.newAssistant(ALPHA, inbound)))
                .isInstanceOf(PhoneNumberAlreadyAssignedException.class);
        assertThat(count("inbound_assignments")).isEqualTo(1);
    }

    @Test
    void reportsOtherConstraintViolationsAsTheyAre() {
        AssistantProfile betasNumber = ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.INBOUND,
                5L);

        assertThatThrownBy(() -> store.assistants.saveNew(Assistants.newAssistant(ALPHA, betasNumber)))
                .isInstanceOf(jakarta.persistence.PersistenceException.class)
                .isNotInstanceOf(PhoneNumberAlreadyAssignedException.class);
        assertThat(count("assistants")).isZero();
    }

    @Test
    void createsWithTheSameNumberOfStatementsWhateverTheListLengths() {
        List<Long> fiftyTools = LongStream.rangeClosed(1, 50).boxed().toList();
        List<Long> tenLanguages = LongStream.rangeClosed(1, 10).boxed().toList();
        AssistantProfile noLists = ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.INBOUND,
                ALPHA_NUMBER);
        AssistantProfile longLists = ProfileVariants.withLists(
                ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.INBOUND, ALPHA_SECOND_NUMBER),
                tenLanguages, fiftyTools);
        AssistantProfile outbound = AssistantProfiles.minimal();

        List<String> withoutLists = statementsOf(() -> store.assistants.saveNew(Assistants.newAssistant(ALPHA, noLists)));
        List<String> withLists = statementsOf(() -> store.assistants.saveNew(Assistants.newAssistant(ALPHA, longLists)));
        List<String> outboundCreate = statementsOf(() -> store.assistants.saveNew(Assistants.newAssistant(ALPHA, outbound)));

        System.out.printf("[%s] SQL statements per create: inbound without lists %d, inbound with 50 tool ids and"
                        + " 10 secondary languages %d, outbound without lists %d%n  %s%n",
                getClass().getSimpleName(), withoutLists.size(), withLists.size(), outboundCreate.size(),
                String.join("\n  ", withLists).replaceAll("(?s)VALUES \\(.*?\\)\\)?", "VALUES (...)"));
        assertThat(withoutLists).hasSize(3);
        assertThat(withLists).hasSameSizeAs(withoutLists);
        assertThat(outboundCreate).hasSize(2);
    }

    @Test
    void looksUpEachKindOfIdsInOneQueryAndSkipsEmptySets() {
        assertThat(statementsOf(() -> store.referenceData.voices(Set.of(1L, 2L, 7L, 999L)))).hasSize(1);
        assertThat(store.referenceData.voices(Set.of(1L, 7L, 999L))).containsOnlyKeys(1L, 7L);
        assertThat(statementsOf(() -> store.referenceData.synthesizerProviders(Set.of(1L, 3L, 999L)))).hasSize(1);
        assertThat(statementsOf(() -> store.accountResources.phoneNumbers(ALPHA, Set.of(1L, 2L, 3L)))).hasSize(1);
        assertThat(statementsOf(() -> store.accountResources.existingMidCallTools(ALPHA, Set.of(1L, 2L)))).hasSize(1);

        assertThat(statementsOf(() -> {
            store.referenceData.voices(Set.of());
            store.referenceData.existingLanguages(Set.of());
            store.referenceData.models(ModelKind.LLM, Set.of());
            store.referenceData.synthesizerProviders(Set.of());
            store.referenceData.transcriberProviders(Set.of());
            store.accountResources.phoneNumbers(ALPHA, Set.of());
            store.accountResources.existingMidCallTools(ALPHA, Set.of());
            store.accountResources.existingKnowledgebases(ALPHA, Set.of());
            store.accountResources.existingAssistants(ALPHA, Set.of());
        })).isEmpty();
    }

    @Test
    void answersReferenceFactsAsTheDomainNeedsThem() {
        assertThat(store.referenceData.voices(Set.of(1L, 7L)))
                .hasEntrySatisfying(1L, voice -> {
                    assertThat(voice.languageId()).isEqualTo(1L);
                    assertThat(voice.modes()).containsExactlyInAnyOrder(EngineMode.PIPELINE, EngineMode.DUALPLEX);
                })
                .hasEntrySatisfying(7L, voice -> assertThat(voice.modes()).containsExactly(EngineMode.MULTIMODAL));
        assertThat(store.referenceData.existingLanguages(Set.of(1L, 5L, 6L))).containsExactlyInAnyOrder(1L, 5L);
        assertThat(store.referenceData.models(ModelKind.LLM, Set.of(2L))).containsKey(2L);
        assertThat(store.referenceData.models(ModelKind.MULTIMODAL, Set.of(1L, 2L)))
                .hasEntrySatisfying(1L, model -> assertThat(model.modes())
                        .containsExactlyInAnyOrder(EngineMode.MULTIMODAL, EngineMode.DUALPLEX))
                .hasEntrySatisfying(2L, model -> assertThat(model.modes()).containsExactly(EngineMode.MULTIMODAL));
        assertThat(store.referenceData.synthesizerProviders(Set.of(3L)).get(3L).languageIds()).containsExactly(1L);
        assertThat(store.referenceData.transcriberProviders(Set.of(1L)).get(1L).languageIds())
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(store.referenceData.defaultProviders(5)).isEqualTo(new DefaultProviders(2L, 2L));
        assertThat(store.referenceData.defaultProviders(99)).isEqualTo(new DefaultProviders(null, null));
    }

    @Test
    void listsTheCatalog() {
        assertThat(store.referenceData.listLanguages()).extracting(LanguageView::id, LanguageView::iso2)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "en"), org.assertj.core.groups.Tuple.tuple(2L, "de"),
                        org.assertj.core.groups.Tuple.tuple(3L, "es"), org.assertj.core.groups.Tuple.tuple(4L, "fr"),
                        org.assertj.core.groups.Tuple.tuple(5L, "ro"));
        for (long id = 1; id <= 5; id++) {
            long language = id;
            for (EngineMode mode : EngineMode.values()) {
                assertThat(store.referenceData.listVoices(Optional.of(mode), Optional.of(language)))
                        .as("voices for language %d in %s", language, mode).isNotEmpty()
                        .allSatisfy(voice -> assertThat(voice.languageId()).isEqualTo(language));
            }
        }
        assertThat(store.referenceData.listVoices(Optional.of(EngineMode.MULTIMODAL), Optional.empty()))
                .allSatisfy(voice -> assertThat(voice.synthesizerProviderId()).isNull());
        assertThat(store.referenceData.listVoices(Optional.empty(), Optional.empty())).hasSize(11);
        assertThat(store.referenceData.listModels(ModelKind.LLM, Optional.empty()))
                .extracting(ModelView::id, ModelView::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, null),
                        org.assertj.core.groups.Tuple.tuple(2L, null), org.assertj.core.groups.Tuple.tuple(3L, null));
        assertThat(store.referenceData.listModels(ModelKind.MULTIMODAL, Optional.of(EngineMode.DUALPLEX)))
                .extracting(ModelView::code).containsExactly("gpt-4o-realtime");
        assertThat(store.referenceData.listSynthesizerProviders(Optional.of(5L))).extracting(p -> p.code())
                .containsExactly("elevenlabs", "azure");
        assertThat(store.referenceData.listTranscriberProviders(Optional.empty())).hasSize(3);
    }

    @Test
    void findsTheAccountOfAnApiKeyByItsHashOnly() {
        assertThat(store.apiKeys.accountByKeyHash(sha256("demo-key-alpha"))).contains(ALPHA);
        assertThat(store.apiKeys.accountByKeyHash(sha256("demo-key-beta"))).contains(BETA);
        assertThat(store.apiKeys.accountByKeyHash("demo-key-alpha")).isEmpty();
        assertThat(store.apiKeys.accountByKeyHash(sha256("demo-key-gamma"))).isEmpty();
    }

    @Test
    void continuesGeneratedIdsAfterTheSeededOnes() {
        execute("INSERT INTO phone_numbers (account_id, phone_number, type) VALUES (1, '+15550000000', 'normal')");
        execute("INSERT INTO accounts (name) VALUES ('Gamma')");

        assertThat(storedText("SELECT id FROM phone_numbers WHERE phone_number = '+15550000000'")).isEqualTo("9");
        assertThat(storedText("SELECT id FROM accounts WHERE name = 'Gamma'")).isEqualTo("3");
    }

    @Test
    void loadsTheDemoDataOnlyWhenAsked() {
        try (PersistenceFixture withoutDemo = new PersistenceFixture(freshDatabase(), false)) {
            assertThat(withoutDemo.apiKeys.accountByKeyHash(sha256("demo-key-alpha"))).isEmpty();
            assertThat(withoutDemo.accountResources.listPhoneNumbers(ALPHA)).isEmpty();
            assertThat(withoutDemo.referenceData.listLanguages()).hasSize(5);
            assertThat(count(withoutDemo, "accounts")).isZero();
        }
        assertThat(count("accounts")).isEqualTo(2);
    }

    @Test
    void migratesAgainWithoutChangesOnEveryStart() {
        ai.assistants.adapters.persistence.migration.DatabaseMigrations.migrate(store.database.dataSource(), true);
        ai.assistants.adapters.persistence.migration.DatabaseMigrations.migrate(store.database.dataSource(), false);

        assertThat(count("accounts")).isEqualTo(2);
        assertThat(count("languages")).isEqualTo(5);
    }

    private static List<String> statementsOf(Runnable work) {
        SqlStatementLog.reset();
        work.run();
        return SqlStatementLog.statements();
    }

    private long count(String table) {
        return count(store, table);
    }

    private static long count(PersistenceFixture fixture, String table) {
        return Long.parseLong(query(fixture, "SELECT COUNT(*) FROM " + table));
    }

    private void execute(String sql) {
        try (Connection connection = store.database.dataSource().getConnection()) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String storedText(String sql) {
        return query(store, sql);
    }

    private static String query(PersistenceFixture fixture, String sql) {
        try (Connection connection = fixture.database.dataSource().getConnection();
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
