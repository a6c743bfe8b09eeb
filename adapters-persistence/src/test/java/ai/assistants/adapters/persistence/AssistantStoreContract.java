package ai.assistants.adapters.persistence;

import ai.assistants.application.catalog.LanguageView;
import ai.assistants.application.catalog.ModelView;
import ai.assistants.application.catalog.PhoneNumberView;
import ai.assistants.application.port.out.PhoneNumberAlreadyAssignedException;
import ai.assistants.application.port.out.ReferenceData.DefaultProviders;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantProfiles;
import ai.assistants.domain.assistant.AssistantStatus;
import ai.assistants.domain.assistant.AssistantType;
import ai.assistants.domain.assistant.Assistants;
import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.assistant.tool.BuiltInToolType;
import ai.assistants.domain.reference.ModelKind;
import ai.assistants.domain.reference.PhoneNumberFacts;
import ai.assistants.domain.reference.PhoneNumberType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the out-ports promise, run against each database the service supports. Every test gets a
 * freshly migrated database (with the demo data set), so tests neither see nor leave data.
 */
abstract class AssistantStoreContract {

    static final AccountId ALPHA = new AccountId(1);
    static final AccountId BETA = new AccountId(2);
    /** Demo numbers of account ALPHA. */
    static final long ALPHA_NORMAL = 1;
    static final long ALPHA_SECOND_NORMAL = 2;
    static final long ALPHA_CALLER_ID = 4;

    PersistenceFixture store;

    abstract TestDatabase freshDatabase();

    @BeforeEach
    void migrateFreshDatabase() {
        store = new PersistenceFixture(freshDatabase(), true);
    }

    @AfterEach
    void dropDatabase() {
        if (store != null) { // null when no database was available and the test was skipped
            store.close();
        }
    }

    @Test
    void reloadsEveryFieldOfAFullAssistant() {
        AssistantProfile profile = AssistantProfiles.full();
        assertThat(profile.tools()).extracting(tool -> tool.type())
                .containsExactlyInAnyOrder(codes(BuiltInToolType.values()));

        Assistant saved = store.assistants.saveNew(Assistants.newAssistant(ALPHA, profile));
        Optional<Assistant> reloaded = store.assistants.findOwned(ALPHA, saved.id().orElseThrow());

        assertThat(saved.id()).isPresent();
        assertThat(saved.status()).isEqualTo(AssistantStatus.INACTIVE);
        assertThat(saved.createdAt()).isPresent().isEqualTo(saved.updatedAt());
        assertThat(reloaded).get().usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(saved);
        assertThat(reloaded.orElseThrow().profile()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(profile);
        assertThat(reloaded.orElseThrow().profile().variables().values().keySet())
                .containsExactlyElementsOf(profile.variables().values().keySet());
    }

    @Test
    void reloadsAMinimalAssistantWithItsNulls() {
        AssistantProfile profile = AssistantProfiles.minimal();

        Assistant saved = store.assistants.saveNew(Assistants.newAssistant(BETA, profile));

        AssistantProfile reloaded = store.assistants.findOwned(BETA, saved.id().orElseThrow()).orElseThrow().profile();
        assertThat(reloaded).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(profile);
        assertThat(reloaded.knowledgebase()).isNull();
        assertThat(reloaded.call().fillerConfig()).isNull();
        assertThat(Arrays.asList(reloaded.secondaryLanguageIds(), reloaded.toolIds(), reloaded.tools(),
                reloaded.evaluation().postCallSchema(), reloaded.variables().values())).containsOnlyNulls();
        assertThat(storedText("SELECT COALESCE(secondary_language_ids, tool_ids, tools, post_call_schema, variables)"
                + " FROM assistants WHERE id = " + saved.id().orElseThrow().value()))
                .as("lists and maps never sent are SQL NULL").isNull();
    }

    @Test
    void tellsListsAndMapsSentEmptyFromOnesNeverSent() {
        AssistantProfile profile = ProfileVariants.withEmptyListsAndMaps(AssistantProfiles.minimal());

        Assistant saved = store.assistants.saveNew(Assistants.newAssistant(BETA, profile));

        AssistantProfile reloaded = store.assistants.findOwned(BETA, saved.id().orElseThrow()).orElseThrow().profile();
        assertThat(reloaded).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(profile);
        assertThat(reloaded.secondaryLanguageIds()).isNotNull().isEmpty();
        assertThat(reloaded.toolIds()).isNotNull().isEmpty();
        assertThat(reloaded.tools()).isNotNull().isEmpty();
        assertThat(reloaded.evaluation().postCallSchema()).isNotNull().isEmpty();
        assertThat(reloaded.variables().values()).isNotNull().isEmpty();
    }

    @Test
    void keepsTheOrderOfListsAsSent() {
        List<Long> languages = List.of(5L, 2L, 4L);
        List<Long> tools = List.of(2L, 1L);
        AssistantProfile profile = ProfileVariants.withLists(AssistantProfiles.minimal(), languages, tools);

        Assistant saved = store.assistants.saveNew(Assistants.newAssistant(ALPHA, profile));

        AssistantProfile reloaded = store.assistants.findOwned(ALPHA, saved.id().orElseThrow()).orElseThrow().profile();
        assertThat(reloaded.secondaryLanguageIds()).containsExactlyElementsOf(languages);
        assertThat(reloaded.toolIds()).containsExactlyElementsOf(tools);
    }

    @Test
    void keepsTheCalendarApiKeyAsSent() {
        Assistant saved = store.assistants.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.full()));

        assertThat(storedText("SELECT CAST(tools AS VARCHAR) FROM assistants WHERE id = " + saved.id().orElseThrow().value()))
                .containsPattern("\"calcom_api_key\":\\s*\"cal_live_secret_abcd\"");
    }

    @Test
    void hidesAssistantsFromOtherAccountsAndUnknownIds() {
        Assistant saved = store.assistants.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()));
        AssistantId id = saved.id().orElseThrow();

        assertThat(store.assistants.findOwned(BETA, id)).isEmpty();
        assertThat(store.assistants.findOwned(ALPHA, new AssistantId(id.value() + 1000))).isEmpty();
        assertThat(store.accountResources.existingAssistants(BETA, Set.of(id.value()))).isEmpty();
        assertThat(store.accountResources.existingAssistants(ALPHA, Set.of(id.value()))).containsExactly(id.value());
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
                ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.INBOUND, ALPHA_NORMAL)));
        store.assistants.saveNew(Assistants.newAssistant(ALPHA,
                ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.OUTBOUND, ALPHA_SECOND_NORMAL)));

        assertThat(store.accountResources.listPhoneNumbers(ALPHA))
                .extracting(PhoneNumberView::id, PhoneNumberView::type, PhoneNumberView::isAvailable)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, PhoneNumberType.NORMAL, false),
                        org.assertj.core.groups.Tuple.tuple(2L, PhoneNumberType.NORMAL, true),
                        org.assertj.core.groups.Tuple.tuple(3L, PhoneNumberType.SIP, true),
                        org.assertj.core.groups.Tuple.tuple(4L, PhoneNumberType.CALLER_ID, true));
        assertThat(store.accountResources.phoneNumbers(ALPHA, Set.of(ALPHA_NORMAL, ALPHA_SECOND_NORMAL, ALPHA_CALLER_ID)))
                .containsEntry(ALPHA_NORMAL, new PhoneNumberFacts(ALPHA_NORMAL, PhoneNumberType.NORMAL,
                        inbound.id().orElseThrow().value()))
                .containsEntry(ALPHA_SECOND_NORMAL, new PhoneNumberFacts(ALPHA_SECOND_NORMAL, PhoneNumberType.NORMAL, null))
                .containsEntry(ALPHA_CALLER_ID, new PhoneNumberFacts(ALPHA_CALLER_ID, PhoneNumberType.CALLER_ID, null));
    }

    @Test
    void refusesASecondInboundAssistantOnTheSameNumberAndKeepsNothingOfIt() {
        AssistantProfile inbound = ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.INBOUND,
                ALPHA_NORMAL);
        store.assistants.saveNew(Assistants.newAssistant(ALPHA, inbound));

        assertThatThrownBy(() -> store.assistants.saveNew(Assistants.newAssistant(ALPHA, inbound)))
                .isInstanceOf(PhoneNumberAlreadyAssignedException.class);
        assertThat(count("assistants")).isEqualTo(1);
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
    void letsOutboundAssistantsShareANumber() {
        AssistantProfile outbound = ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.OUTBOUND,
                ALPHA_NORMAL);

        store.assistants.saveNew(Assistants.newAssistant(ALPHA, outbound));
        store.assistants.saveNew(Assistants.newAssistant(ALPHA, outbound));

        assertThat(count("assistants")).isEqualTo(2);
        assertThat(count("inbound_assignments")).isZero();
    }

    @Test
    void letsExactlyOneOfSixteenConcurrentInboundCreatesHaveTheNumber() throws Exception {
        int contenders = 16;
        Assistant inbound = Assistants.newAssistant(ALPHA,
                ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.INBOUND, ALPHA_SECOND_NORMAL));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        List<Future<Assistant>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < contenders; i++) {
                Callable<Assistant> create = () -> {
                    start.await();
                    return store.assistants.saveNew(inbound);
                };
                outcomes.add(pool.submit(create));
            }
            start.countDown();
            int winners = 0;
            List<Throwable> refusals = new ArrayList<>();
            for (Future<Assistant> outcome : outcomes) {
                try {
                    outcome.get();
                    winners++;
                } catch (java.util.concurrent.ExecutionException e) {
                    refusals.add(e.getCause());
                }
            }
            assertThat(winners).isEqualTo(1);
            assertThat(refusals).hasSize(contenders - 1)
                    .allSatisfy(refusal -> assertThat(refusal).isInstanceOf(PhoneNumberAlreadyAssignedException.class));
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("assistants")).isEqualTo(1);
        assertThat(count("inbound_assignments")).isEqualTo(1);
    }

    @Test
    void createsWithTheSameNumberOfStatementsWhateverTheListLengths() {
        List<Long> fiftyTools = LongStream.rangeClosed(1, 50).boxed().toList();
        List<Long> tenLanguages = LongStream.rangeClosed(1, 10).boxed().toList();
        AssistantProfile noLists = ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.INBOUND,
                ALPHA_NORMAL);
        AssistantProfile longLists = ProfileVariants.withLists(
                ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.INBOUND, ALPHA_SECOND_NORMAL),
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

    private static String[] codes(BuiltInToolType[] types) {
        return java.util.Arrays.stream(types).map(BuiltInToolType::code).toArray(String[]::new);
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
