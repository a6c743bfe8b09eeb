package ai.assistants.adapters.persistence;

import ai.assistants.adapters.persistence.assistant.AssistantEntityMapper;
import ai.assistants.adapters.persistence.migration.EarlierSchema;
import ai.assistants.adapters.persistence.transaction.ConstraintViolations;
import ai.assistants.application.catalog.LanguageView;
import ai.assistants.application.catalog.ModelView;
import ai.assistants.application.assistant.AssistantDeletion;
import ai.assistants.application.catalog.PhoneNumberView;
import ai.assistants.application.paging.PageRequest;
import ai.assistants.application.port.out.AssistantRepository;
import ai.assistants.application.port.out.AssistantRepositoryContract;
import ai.assistants.application.port.out.PhoneNumberAlreadyAssignedException;
import ai.assistants.application.port.out.PhoneNumberMissingException;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.application.port.out.ProfileVariants;
import ai.assistants.application.port.out.ReferenceData.DefaultProviders;
import ai.assistants.application.port.out.ReferenceSnapshot;
import ai.assistants.application.service.ListAssistantsService;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantProfiles;
import ai.assistants.domain.assistant.AssistantStatus;
import ai.assistants.domain.assistant.AssistantType;
import ai.assistants.domain.assistant.Assistants;
import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ModelKind;
import ai.assistants.domain.reference.PhoneNumberFacts;
import ai.assistants.domain.reference.PhoneNumberType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantChange;
import ai.assistants.domain.assistant.AssistantFactory;
import ai.assistants.domain.assistant.ReferenceFactsFixture;
import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.validation.FieldPath;
import jakarta.validation.Validation;
import ai.assistants.adapters.persistence.account.JpaApiKeys;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
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

    private static final AssistantFactory FACTORY =
            new AssistantFactory(Validation.buildDefaultValidatorFactory().getValidator());

    PersistenceFixture store;

    abstract TestDatabase freshDatabase();

    /** The statements a create spends asking for its id before its INSERT: none where the INSERT returns it. */
    abstract int statementsAskingForTheId();

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

        long id = saved.id().orElseThrow().value();
        assertThat(storedText("SELECT COALESCE(tool_ids, tools) FROM assistants WHERE id = " + id)).isNull();
        assertThat(storedText("SELECT CAST(settings AS VARCHAR) FROM assistants WHERE id = " + id))
                .contains("\"timezone\"")
                .doesNotContain("secondary_language_ids", "post_call_schema", "variables", "filler_config", "knowledgebase");
    }

    @Test
    void storesTheKnowledgebaseUnderTheKeysEveryStoredRowHas() {
        Assistant saved = store.assistants.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.full()));

        long id = saved.id().orElseThrow().value();
        assertThat(storedText("SELECT knowledgebase_id FROM assistants WHERE id = " + id)).isEqualTo("1");
        assertThat(json(storedText("SELECT CAST(settings AS VARCHAR) FROM assistants WHERE id = " + id))
                .asJsonObject().getJsonObject("knowledgebase"))
                .isEqualTo(Json.createObjectBuilder().add("knowledgebase_id", 1).add("mode", "prompt").build());
    }

    @Test
    void refusesToRebuildARowThatBreaksAFieldRule() {
        Assistant saved = store.assistants.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()));
        AssistantId id = saved.id().orElseThrow();
        execute("UPDATE assistants SET name = '' WHERE id = " + id.value());

        assertThatThrownBy(() -> store.assistants.findOwned(ALPHA, id))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Stored assistant " + id.value() + " breaks its rules");
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
        // An owner the database does not know: only the account's foreign key refuses it.
        assertThatThrownBy(() -> store.assistants.saveNew(Assistants.newAssistant(new AccountId(999),
                ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.OUTBOUND, null))))
                .isInstanceOf(jakarta.persistence.PersistenceException.class)
                .isNotInstanceOf(PhoneNumberAlreadyAssignedException.class);
        assertThat(count("assistants")).isZero();
    }

    @Test
    void refusesAnotherAccountsNumberAsOneThatIsGoneBeforeWritingAnything() {
        AssistantProfile betasNumber = ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.INBOUND,
                5L);

        assertThatThrownBy(() -> store.assistants.saveNew(Assistants.newAssistant(ALPHA, betasNumber)))
                .isInstanceOfSatisfying(PhoneNumberMissingException.class,
                        missing -> assertThat(missing.missingIds()).containsExactly(5L));
        assertThat(count("assistants")).isZero();
    }

    @Test
    void createsWithTheSameNumberOfStatementsWhateverTheListLengths() {
        List<Long> fiftyTools = alphasTools(50);
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
        assertThat(withoutLists).as("the number locked, the id unless the row returns it, the row, the inbound assignment")
                .hasSize(3 + statementsAskingForTheId());
        assertThat(withLists).as("the tools locked, then their rows in assistant_mid_call_tools, in one statement each")
                .hasSize(withoutLists.size() + 2);
        assertThat(outboundCreate).as("the id unless the row returns it, the row").hasSize(1 + statementsAskingForTheId());
    }

    @Test
    void listsAPageWithACountAndOneQueryWhateverThePageSizeAndTheListLengths() {
        AssistantProfile longLists = ProfileVariants.withTools(ProfileVariants.withLists(AssistantProfiles.minimal(),
                LongStream.rangeClosed(1, 10).boxed().toList(), alphasTools(50)),
                AssistantProfiles.full().tools());
        for (int i = 0; i < 101; i++) {
            store.assistants.saveNew(Assistants.newAssistant(ALPHA, longLists));
        }
        ListAssistantsService listings = new ListAssistantsService(store.assistants);

        List<String> onePerPage = statementsOf(() -> listings.page(ALPHA, new PageRequest(2, 1)));
        List<String> hundredPerPage = statementsOf(() -> listings.page(ALPHA, new PageRequest(1, 100)));
        List<String> lastOfHundred = statementsOf(() -> assertThat(listings.page(ALPHA, new PageRequest(2, 100)).items())
                .hasSize(1));
        List<String> pastTheEnd = statementsOf(() -> listings.page(ALPHA, new PageRequest(3, 100)));
        List<String> all = statementsOf(() -> assertThat(listings.all(ALPHA)).hasSize(101));
        List<String> outbound = statementsOf(() -> listings.allOfType(ALPHA, AssistantType.OUTBOUND));

        System.out.printf("[%s] SQL statements per listing of 101 assistants with 50 tool ids, 10 secondary languages"
                        + " and 7 tools: a page of 1 %d, of 100 %d, past the end %d, all %d%n  %s%n",
                getClass().getSimpleName(), onePerPage.size(), hundredPerPage.size(), pastTheEnd.size(), all.size(),
                String.join("\n  ", onePerPage));
        assertThat(onePerPage).hasSize(2);
        assertThat(hundredPerPage).hasSameSizeAs(onePerPage);
        assertThat(lastOfHundred).hasSameSizeAs(onePerPage);
        assertThat(pastTheEnd).hasSize(1).allSatisfy(sql -> assertThat(sql).containsIgnoringCase("COUNT"));
        assertThat(all).hasSize(1);
        assertThat(outbound).hasSize(1);
    }

    @Test
    void letsTheDatabaseCutThePageOutOfTheOwnersRows() {
        List<String> page = statementsOf(() -> store.assistants.findOwnedPage(ALPHA, 20, 10));

        assertThat(page).singleElement().satisfies(sql -> assertThat(sql)
                .containsIgnoringCase("LIMIT").containsIgnoringCase("OFFSET").containsIgnoringCase("ORDER BY"));
    }

    @Test
    void looksUpEachKindOfIdsInOneQueryAndSkipsEmptySets() {
        assertThat(statementsOf(() -> store.accountResources.phoneNumbers(ALPHA, Set.of(1L, 2L, 3L)))).hasSize(1);
        assertThat(statementsOf(() -> store.accountResources.existingMidCallTools(ALPHA, Set.of(1L, 2L)))).hasSize(1);

        assertThat(statementsOf(() -> {
            store.accountResources.phoneNumbers(ALPHA, Set.of());
            store.accountResources.existingMidCallTools(ALPHA, Set.of());
            store.accountResources.existingKnowledgebases(ALPHA, Set.of());
            store.accountResources.existingAssistants(ALPHA, Set.of());
        })).isEmpty();
    }

    @Test
    void readsTheReferenceTablesWholeInOneQueryEach() {
        List<String> statements = statementsOf(store.referenceData::readAll);

        assertThat(statements).hasSize(7).allSatisfy(sql -> assertThat(sql).startsWithIgnoringCase("SELECT"));
        assertThat(statements).noneSatisfy(sql -> assertThat(sql).containsIgnoringCase("WHERE"));
    }

    @Test
    void answersReferenceFactsAsTheDomainNeedsThem() {
        ReferenceSnapshot tables = store.referenceData.readAll();

        assertThat(tables.voices(Set.of(1L, 7L, 999L)))
                .hasEntrySatisfying(1L, voice -> {
                    assertThat(voice.languageId()).isEqualTo(1L);
                    assertThat(voice.modes()).containsExactlyInAnyOrder(EngineMode.PIPELINE, EngineMode.DUALPLEX);
                })
                .hasEntrySatisfying(7L, voice -> assertThat(voice.modes()).containsExactly(EngineMode.MULTIMODAL));
        assertThat(tables.existingLanguages(Set.of(1L, 5L, 6L))).containsExactlyInAnyOrder(1L, 5L);
        assertThat(tables.models(ModelKind.LLM, Set.of(2L))).containsKey(2L);
        assertThat(tables.models(ModelKind.MULTIMODAL, Set.of(1L, 2L)))
                .hasEntrySatisfying(1L, model -> assertThat(model.modes())
                        .containsExactlyInAnyOrder(EngineMode.MULTIMODAL, EngineMode.DUALPLEX))
                .hasEntrySatisfying(2L, model -> assertThat(model.modes()).containsExactly(EngineMode.MULTIMODAL));
        assertThat(tables.synthesizerProviders(Set.of(3L)).get(3L).languageIds()).containsExactly(1L);
        assertThat(tables.transcriberProviders(Set.of(1L)).get(1L).languageIds())
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(tables.defaultProviders(5)).isEqualTo(new DefaultProviders(2L, 2L));
        assertThat(tables.defaultProviders(99)).isEqualTo(new DefaultProviders(null, null));
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
    void remembersAFoundKeySoARequestCostsNoQueryAndRefusesItFiveSecondsAfterItsRevocation() {
        AtomicLong nanos = new AtomicLong();
        JpaApiKeys keys = new JpaApiKeys(store.unitOfWork, nanos::get);
        String alpha = sha256("demo-key-alpha");
        assertThat(keys.accountByKeyHash(alpha)).contains(ALPHA);

        execute("DELETE FROM api_keys WHERE key_hash = '" + alpha + "'");
        assertThat(statementsOf(() -> assertThat(keys.accountByKeyHash(alpha)).contains(ALPHA))).isEmpty();
        assertThat(keys.accountByKeyHash(sha256("demo-key-beta"))).contains(BETA);

        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(keys.accountByKeyHash(alpha)).isEmpty();
        assertThat(keys.accountByKeyHash(sha256("demo-key-beta"))).contains(BETA);
    }

    @Test
    void asksForAnUnknownKeyEveryTimeSoAKeyIssuedAfterARefusalWorksAtOnce() {
        JpaApiKeys keys = new JpaApiKeys(store.unitOfWork, () -> 0L);
        String issued = sha256("issued-later");
        assertThat(keys.accountByKeyHash(issued)).isEmpty();

        execute("INSERT INTO api_keys (account_id, key_hash) VALUES (2, '" + issued + "')");
        assertThat(keys.accountByKeyHash(issued)).contains(BETA);
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

    @Test
    void givesNewAssistantsTheIdsAfterThoseGivenBeforeTheColumnTookThemItself() {
        TestDatabase database = freshDatabase();
        EarlierSchema.migrateTo(database.dataSource(), "1.15.1");
        // Before V1_16 every create asked the sequence for its id, then named it in its INSERT.
        for (int create = 0; create < 3; create++) {
            database.execute("SELECT nextval('assistants_id_seq')");
        }

        try (PersistenceFixture migrated = new PersistenceFixture(database, true)) {
            long fourth = migrated.assistants.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()))
                    .id().orElseThrow().value();
            long fifth = migrated.assistants.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()))
                    .id().orElseThrow().value();

            assertThat(List.of(fourth, fifth)).containsExactly(4L, 5L);
            assertThat(migrated.assistants.findOwned(ALPHA, new AssistantId(fifth))).isPresent();
        }
    }

    @Test
    void keepsEveryAssistantStoredBeforeItsSettingsMovedIntoJson() {
        TestDatabase database = freshDatabase();
        EarlierSchema.migrateTo(database.dataSource(), "1.4");
        database.execute(FULL_ASSISTANT_AS_V1_4_STORED_IT + minimalAssistantAsV1_4StoredIt(102, "NULL")
                + minimalAssistantAsV1_4StoredIt(103, "'[]'"));
        database.execute("INSERT INTO inbound_assignments (assistant_id, phone_number_id) VALUES (101, 1)");

        // V1_4 had no inbound webhook URL: its full assistant is today's without one.
        AssistantProfile fullAsV1_4 = ProfileVariants.withoutInboundWebhookUrl(AssistantProfiles.full());
        try (PersistenceFixture migrated = new PersistenceFixture(database, true)) {
            Assistant full = migrated.assistants.findOwned(ALPHA, new AssistantId(101)).orElseThrow();
            assertThat(full.status()).isEqualTo(AssistantStatus.ACTIVE);
            assertThat(full.createdAt()).contains(Instant.parse("2026-01-02T03:04:05.123456Z"));
            assertThat(full.updatedAt()).contains(Instant.parse("2026-02-03T04:05:06.654321Z"));
            // H2's numeric columns dropped trailing zeros (0.70 was 0.7): the same number, as before.
            assertThat(full.profile()).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(fullAsV1_4);
            assertThat(full.profile().variables().keySet())
                    .containsExactlyElementsOf(AssistantProfiles.full().variables().keySet());
            assertThat(migrated.assistants.findOwned(BETA, new AssistantId(102)).orElseThrow().profile())
                    .usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(AssistantProfiles.minimal());
            assertThat(migrated.assistants.findOwned(BETA, new AssistantId(103)).orElseThrow().profile())
                    .usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(ProfileVariants.withEmptyListsAndMaps(AssistantProfiles.minimal()));
            assertThat(migrated.accountResources.phoneNumbers(ALPHA, Set.of(ALPHA_NUMBER)).get(ALPHA_NUMBER)
                    .inboundAssistantId()).isEqualTo(101L);
            // What V1_6 built is what the adapter writes for the same assistant today: the same keys
            // and values, so rows from before and after the migration read and query alike.
            assertThat(sameJson(json(query(migrated, "SELECT CAST(settings AS VARCHAR) FROM assistants WHERE id = 101")),
                    json(AssistantEntityMapper.INSTANCE.settingsJson(fullAsV1_4)))).isTrue();
            assertThat(sameJson(json(query(migrated, "SELECT CAST(settings AS VARCHAR) FROM assistants WHERE id = 102")),
                    json(AssistantEntityMapper.INSTANCE.settingsJson(AssistantProfiles.minimal())))).isTrue();
        }
    }

    @Test
    void storesEachTransferTargetOnceAndNeverTheAssistantItself() {
        long target = saved(AssistantProfiles.minimal());
        long other = saved(AssistantProfiles.minimal());
        long naming = saved(ProfileVariants.withTransfersTo(AssistantProfiles.minimal(), target, other, target));
        long next = naming + 1;
        long namingItself = saved(ProfileVariants.withTransfersTo(AssistantProfiles.minimal(), next, target));
        assertThat(namingItself).isEqualTo(next);

        assertThat(transferRows()).containsExactly(naming + "->" + target, naming + "->" + other,
                namingItself + "->" + target);
        assertThat(store.assistants.delete(ALPHA, new AssistantId(namingItself))).isEqualTo(new AssistantDeletion.Deleted());
    }

    @Test
    void doesAgainAChangeThatDeadlockedWithAnotherOneNamingItsAssistant() throws Exception {
        long first = saved(AssistantProfiles.minimal());
        long second = saved(AssistantProfiles.minimal());
        CountDownLatch bothHoldTheirRow = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Each change holds its own row when it is called, and waits until the other holds its own:
            // then each names the other, whose row it must lock to write the transfer.
            Future<Optional<Assistant>> one = pool.submit(() -> repository().change(ALPHA, new AssistantId(first),
                    stored -> transferringTo(stored, second, bothHoldTheirRow)));
            Future<Optional<Assistant>> other = pool.submit(() -> repository().change(ALPHA, new AssistantId(second),
                    stored -> transferringTo(stored, first, bothHoldTheirRow)));

            assertThat(one.get(60, TimeUnit.SECONDS)).isPresent();
            assertThat(other.get(60, TimeUnit.SECONDS)).isPresent();
        } finally {
            pool.shutdownNow();
        }
        assertThat(transferRows()).containsExactly(first + "->" + second, second + "->" + first);
    }

    private static Assistant transferringTo(Assistant stored, long target, CountDownLatch bothHoldTheirRow) {
        bothHoldTheirRow.countDown();
        try {
            bothHoldTheirRow.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        ReferenceFacts fixture = ReferenceFactsFixture.facts();
        ReferenceFacts withTarget = new ReferenceFacts(fixture.voices(), fixture.languageIds(), fixture.llmModels(),
                fixture.multimodalModels(), fixture.synthesizerProviders(), fixture.transcriberProviders(),
                fixture.defaultSynthesizerProviderId(), fixture.defaultTranscriberProviderId(), fixture.phoneNumbers(),
                fixture.toolIds(), fixture.knowledgebaseIds(), Set.of(target), fixture.folderIds(), fixture.labelIds());
        return FACTORY.change(stored, new AssistantChange(ProfileVariants.withTransfersTo(stored.profile(), target),
                Set.of(FieldPath.of("tools")), null), withTarget, null);
    }

    @Test
    void deletesTheTransferRowsOfADeletedAssistantWithIt() {
        long target = saved(AssistantProfiles.minimal());
        long naming = saved(ProfileVariants.withTransfersTo(AssistantProfiles.minimal(), target));
        assertThat(transferRows()).containsExactly(naming + "->" + target);

        store.assistants.delete(ALPHA, new AssistantId(naming));

        assertThat(transferRows()).isEmpty();
    }

    @Test
    void deletesAnActiveInboundAssistantAndItsAssignment() {
        long active = saved(ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.INBOUND,
                ALPHA_NUMBER));
        execute("UPDATE assistants SET status = 'active' WHERE id = " + active);
        assertThat(store.assistants.findOwned(ALPHA, new AssistantId(active))).get()
                .extracting(Assistant::status).isEqualTo(AssistantStatus.ACTIVE);

        assertThat(store.assistants.delete(ALPHA, new AssistantId(active))).isEqualTo(new AssistantDeletion.Deleted());

        assertThat(count("inbound_assignments")).isZero();
        assertThat(store.accountResources.phoneNumbers(ALPHA, Set.of(ALPHA_NUMBER)).get(ALPHA_NUMBER).inboundAssistantId())
                .isNull();
    }

    @Test
    void keepsTheDatabaseFromDeletingANamedAssistantBehindTheAdaptersBack() {
        long target = saved(AssistantProfiles.minimal());
        saved(ProfileVariants.withTransfersTo(AssistantProfiles.minimal(), target));

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> execute("DELETE FROM assistants WHERE id = " + target));

        assertThat(ConstraintViolations.isForeignKeyViolation(refused, "fk_assistant_transfer_targets_target"))
                .as("%s", refused).isTrue();
        assertThat(ConstraintViolations.isForeignKeyViolation(refused, "fk_assistant_transfer_targets_assistant")).isFalse();
        assertThat(ConstraintViolations.isUniqueViolation(refused, "fk_assistant_transfer_targets_target")).isFalse();
        assertThat(count("assistants")).isEqualTo(2);
    }

    @Test
    void writesTheTransferTargetsOfACreateInTwoStatementsWhateverTheirNumber() {
        long first = saved(AssistantProfiles.minimal());
        long second = saved(AssistantProfiles.minimal());
        long third = saved(AssistantProfiles.minimal());

        List<String> namingOne = statementsOf(() -> saved(ProfileVariants.withTransfersTo(AssistantProfiles.minimal(),
                first)));
        List<String> namingThree = statementsOf(() -> saved(ProfileVariants.withTransfersTo(AssistantProfiles.minimal(),
                first, second, third)));
        List<String> deleting = statementsOf(() -> store.assistants.delete(ALPHA, new AssistantId(third + 2)));

        System.out.printf("[%s] SQL statements: outbound create naming one transfer target %d, three %d;"
                        + " delete %d%n  %s%n", getClass().getSimpleName(), namingOne.size(), namingThree.size(),
                deleting.size(), String.join("\n  ", deleting));
        assertThat(namingOne).as("the id unless the row returns it, the row, the targets locked, their rows")
                .hasSize(3 + statementsAskingForTheId());
        assertThat(namingOne.get(1 + statementsAskingForTheId())).contains("FOR UPDATE");
        assertThat(namingThree).hasSameSizeAs(namingOne);
        assertThat(deleting).hasSize(4);
        assertThat(count("assistants")).isEqualTo(4);
    }

    @Test
    void fillsTheTransferTargetsOfAssistantsStoredBeforeTheTable() throws SQLException {
        TestDatabase database = freshDatabase();
        EarlierSchema.migrateTo(database.dataSource(), "1.7");
        insertAsV1_7StoredIt(database, 201, AssistantProfiles.minimal());
        insertAsV1_7StoredIt(database, 202, ProfileVariants.withTransfersTo(AssistantProfiles.minimal(), 201, 201));
        // Itself and an assistant that does not exist get no row: neither has a delete to refuse.
        insertAsV1_7StoredIt(database, 203, ProfileVariants.withTransfersTo(AssistantProfiles.minimal(), 202, 203, 999, 201));

        try (PersistenceFixture migrated = new PersistenceFixture(database, true)) {
            assertThat(rows(migrated, "SELECT assistant_id, target_assistant_id FROM assistant_transfer_targets"
                    + " ORDER BY assistant_id, target_assistant_id")).containsExactly("202->201", "203->201", "203->202");
            assertThat(migrated.assistants.delete(ALPHA, new AssistantId(201)))
                    .isEqualTo(new AssistantDeletion.TransferTargetOfOthers(List.of(202L, 203L)));
            assertThat(migrated.assistants.delete(ALPHA, new AssistantId(203))).isEqualTo(new AssistantDeletion.Deleted());
            assertThat(migrated.assistants.delete(ALPHA, new AssistantId(202))).isEqualTo(new AssistantDeletion.Deleted());
            assertThat(migrated.assistants.delete(ALPHA, new AssistantId(201))).isEqualTo(new AssistantDeletion.Deleted());
        }
    }

    /** {@code profile} as account ALPHA's assistant {@code id} in the schema of V1_7, written as the adapter wrote it then. */
    private static void insertAsV1_7StoredIt(TestDatabase database, long id, AssistantProfile profile) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO assistants (id, account_id, status, name, voice_id, language_id, type, mode, tools,
                         settings, created_at, updated_at)
                     VALUES (?, 1, 'inactive', ?, ?, ?, 'outbound', 'pipeline', ?, ?,
                         CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")) {
            insert.setLong(1, id);
            insert.setString(2, profile.name());
            insert.setLong(3, profile.voiceId());
            insert.setLong(4, profile.languageId());
            insert.setString(5, AssistantEntityMapper.INSTANCE.toolsJson(profile.tools()));
            insert.setString(6, AssistantEntityMapper.INSTANCE.settingsJson(profile));
            insert.executeUpdate();
        }
    }

    private long saved(AssistantProfile profile) {
        return store.assistants.saveNew(Assistants.newAssistant(ALPHA, profile)).id().orElseThrow().value();
    }

    /** Each row of assistant_transfer_targets as {@code assistant->target}, in that order. */
    private List<String> transferRows() {
        return rows(store, "SELECT assistant_id, target_assistant_id FROM assistant_transfer_targets"
                + " ORDER BY assistant_id, target_assistant_id");
    }

    /** The first two columns of every row, as {@code first->second}. */
    private static List<String> rows(PersistenceFixture fixture, String sql) {
        try (Connection connection = fixture.database.dataSource().getConnection();
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(result.getString(1) + "->" + result.getString(2));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonValue json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    /** Equal JSON, numbers compared by value: PostgreSQL's numeric columns gave V1_6 their own scale. */
    private static boolean sameJson(JsonValue left, JsonValue right) {
        if (left instanceof JsonNumber number && right instanceof JsonNumber other) {
            return number.bigDecimalValue().compareTo(other.bigDecimalValue()) == 0;
        }
        if (left instanceof JsonObject object && right instanceof JsonObject other) {
            return object.keySet().equals(other.keySet())
                    && object.keySet().stream().allMatch(key -> sameJson(object.get(key), other.get(key)));
        }
        if (left instanceof JsonArray array && right instanceof JsonArray other) {
            return array.size() == other.size()
                    && IntStream.range(0, array.size()).allMatch(i -> sameJson(array.get(i), other.get(i)));
        }
        return left.equals(right);
    }

    /**
     * AssistantProfiles.full() as assistant 101 in the column-per-field schema of V1_4, the JSON as
     * V1_4's writer wrote it; more rows may follow.
     */
    private static final String FULL_ASSISTANT_AS_V1_4_STORED_IT = """
            INSERT INTO assistants (
                id, account_id, status, name, voice_id, language_id, type, timezone, initial_message, system_prompt,
                mode, llm_model_id, multimodal_model_id, chat_llm_fallback_id, turn_detection_threshold,
                secondary_language_ids, knowledgebase_id, knowledgebase_mode, phone_number_id, tool_ids, tools,
                synthesizer_provider_id, transcriber_provider_id, voice_stability, voice_similarity, speech_speed,
                llm_temperature, tts_emotion_enabled, allow_interruptions, fillers, filler_config, record_calls,
                enable_noise_cancellation, wait_for_customer, max_duration, max_silence_duration,
                max_initial_silence_duration, ringing_time, reengagement_interval, reengagement_prompt,
                voice_mail_message, end_call_on_voicemail, endpoint_type, endpoint_sensitivity, interrupt_sensitivity,
                min_interrupt_words, ambient_sound, ambient_sound_volume, is_webhook_active, webhook_url,
                send_webhook_only_on_completed, include_recording_in_webhook, conversation_ended_webhook_url,
                post_call_evaluation, post_call_schema, variables, conversation_inactivity_timeout,
                conversation_ended_retrigger, created_at, updated_at
            ) VALUES (
                101, 1, 'active', 'Sales line', 1, 1, 'inbound', 'Europe/Bucharest', 'Hi, this is Acme.',
                'You sell {{company_name}} products.',
                'pipeline', 1, NULL, NULL, NULL,
                '[2]', 1, 'prompt', 1, '[1,2]',
                '[{"description":"End the call when the caller says goodbye","type":"end_call"},\
            {"description":"Press keys in an IVR","type":"dtmf_input"},\
            {"phone_number":"+40712345678","description":"Transfer to sales","custom":true,"timezone":"Europe/Bucharest",\
            "warm_transfer":true,"warm_transfer_message":"Transferring you now","type":"call_transfer"},\
            {"supervisor_phone":"+40712345679","outbound_phone_id":2,"description":"Warm transfer to a supervisor",\
            "custom_sip":false,"caller_id_mode":"custom","custom_caller_id":"+40712345670","hold_music":"hold_music",\
            "hold_music_volume":70,"hold_message":"Please hold","summary_instructions":"Summarise the call",\
            "briefing_initial_message":"Hi, a caller","connected_message":"You are connected","type":"warm_call_transfer"},\
            {"timeout":10,"stop_key":"*","type":"collect_keypad"},\
            {"calcom_api_key":"cal_live_secret_abcd","calcom_event_slug":"intro-call","calcom_team_slug":"sales",\
            "calcom_endpoint":"eu","calcom_booking_fields":[{"slug":"company","type":"text","label":"Company",\
            "required":true,"options":["A","B"]}],"description":"Book a meeting","type":"calendar_integration"},\
            {"assistant_id":1,"description":"Hand over to billing","message_before_transfer":"One moment please",\
            "speak_transfer_greeting":false,"type":"assistant_transfer"}]',
                1, 2, 0.8, 0.6, 1.1,
                0.3, false, false, true,
                '{"positive":["Great"],"negative":["Oh no"],"question":["Hmm"],"neutral":["Okay"]}', true,
                false, true, 900, 60,
                15, 20, 45, 'Are you still there?',
                'Please call us back.', false, 'ai', 1.5, 2,
                2, 'office', 0.3, true, 'https://hooks.example.com/assistant',
                false, false, 'https://hooks.example.com/ended',
                true, '[{"name":"outcome","type":"string","description":"What the caller decided"}]',
                '[{"name":"company_name","value":"Acme"},{"name":"max_discount","value":15},{"name":"vip","value":true}]',
                60, true, TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05.123456+00',
                TIMESTAMP WITH TIME ZONE '2026-02-03 04:05:06.654321+00'
            )""";

    /** minimal() as V1_4 held it, its lists and variables NULL (never sent) or '[]' (sent empty, or stored before V1_4). */
    private static String minimalAssistantAsV1_4StoredIt(long id, String lists) {
        return """
                , (
                    %1$d, 2, 'inactive', 'Support line', 1, 1, 'outbound', 'Europe/Bucharest', 'Hello, how can I help?',
                    'You are a helpful assistant.',
                    'pipeline', 1, NULL, NULL, NULL,
                    %2$s, NULL, NULL, NULL, %2$s, %2$s,
                    1, 1, 0.70, 0.50, 1.00,
                    0.10, true, true, false, NULL, false,
                    true, false, 600, 40,
                    NULL, 30, 30, NULL,
                    NULL, true, 'vad', 0.5, 0.5,
                    NULL, NULL, 0.5, false, NULL,
                    true, true, NULL,
                    true, %2$s, %2$s, 30,
                    false, TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00', TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00'
                )""".formatted(id, lists);
    }

    /** {@code count} mid-call tools of ALPHA's, the ids an assistant's {@code tool_ids} may name. */
    private List<Long> alphasTools(int count) {
        List<Long> ids = LongStream.range(1000, 1000 + count).boxed().toList();
        ids.forEach(id -> execute("INSERT INTO mid_call_tools (id, account_id, name, description) VALUES (" + id
                + ", " + ALPHA.value() + ", 'tool_" + id + "', 'A tool')"));
        return ids;
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
        store.database.execute(sql);
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
