package ai.assistants.application.port.out;

import ai.assistants.application.assistant.AssistantDeletion;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.AssistantChange;
import ai.assistants.domain.assistant.AssistantFactory;
import ai.assistants.domain.assistant.ReferenceFactsFixture;
import ai.assistants.domain.validation.FieldPath;
import jakarta.validation.Validation;
import java.util.Set;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantProfiles;
import ai.assistants.domain.assistant.AssistantStatus;
import ai.assistants.domain.assistant.AssistantType;
import ai.assistants.domain.assistant.Assistants;
import ai.assistants.domain.assistant.KnowledgebaseAttachment;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.BuiltInToolType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@link AssistantRepository} promises, whatever stores the assistants: run on the in-memory
 * fake by application and on H2 and PostgreSQL by adapters-persistence, so that tests against the
 * fake prove something about production. Checks that only make sense for one store (SQL, constraint
 * names, statement counts) belong to that store's subclass.
 *
 * <p>Each test starts from an empty store in which accounts {@link #ALPHA} and {@link #BETA} exist
 * and everything {@link AssistantProfiles} references belongs to {@link #ALPHA}, including the free
 * phone numbers {@link #ALPHA_NUMBER} and {@link #ALPHA_SECOND_NUMBER}.
 */
public abstract class AssistantRepositoryContract {

    private static final AssistantDeletion DELETED = new AssistantDeletion.Deleted();
    private static final AssistantDeletion NOT_FOUND = new AssistantDeletion.NotFound();
    private static final int RACE_ROUNDS = 25;

    protected static final AccountId ALPHA = new AccountId(1);
    protected static final AccountId BETA = new AccountId(2);
    /** The number {@link AssistantProfiles#full()} answers as an inbound assistant. */
    protected static final long ALPHA_NUMBER = 1;
    protected static final long ALPHA_SECOND_NUMBER = 2;

    /** The store under test, the same instance for the whole test. */
    protected abstract AssistantRepository repository();

    /** How many assistants the store holds, counted past the port, which has no such question. */
    protected abstract long storedAssistants();

    @Test
    void givesEachStoredAssistantItsOwnIdentityAndTimestamps() {
        Assistant first = repository().saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()));
        Assistant second = repository().saveNew(Assistants.newAssistant(BETA, AssistantProfiles.minimal()));

        assertThat(first.id()).isPresent().isNotEqualTo(second.id());
        assertThat(first.status()).isEqualTo(AssistantStatus.INACTIVE);
        assertThat(first.createdAt()).isPresent().isEqualTo(first.updatedAt());
        assertThat(repository().findOwned(ALPHA, first.id().orElseThrow())).get()
                .usingRecursiveComparison().isEqualTo(first);
    }

    @Test
    void reloadsEveryFieldOfAFullAssistant() {
        AssistantProfile profile = AssistantProfiles.full();
        assertThat(profile.tools()).extracting(BuiltInTool::type)
                .containsExactlyInAnyOrder(Arrays.stream(BuiltInToolType.values()).map(BuiltInToolType::code)
                        .toArray(String[]::new));

        Assistant saved = repository().saveNew(Assistants.newAssistant(ALPHA, profile));
        Optional<Assistant> reloaded = repository().findOwned(ALPHA, saved.id().orElseThrow());

        assertThat(reloaded).get().usingRecursiveComparison().isEqualTo(saved);
        assertThat(reloaded.orElseThrow().profile()).usingRecursiveComparison().isEqualTo(profile);
    }

    @Test
    void reloadsAMinimalAssistantWithItsNulls() {
        AssistantProfile profile = AssistantProfiles.minimal();

        Assistant saved = repository().saveNew(Assistants.newAssistant(BETA, profile));

        AssistantProfile reloaded = repository().findOwned(BETA, saved.id().orElseThrow()).orElseThrow().profile();
        assertThat(reloaded).usingRecursiveComparison().isEqualTo(profile);
        assertThat(reloaded.knowledgebase()).isEqualTo(new KnowledgebaseAttachment(null, null));
        assertThat(reloaded.call().fillerConfig()).isNull();
        assertThat(Arrays.asList(reloaded.secondaryLanguageIds(), reloaded.toolIds(), reloaded.tools(),
                reloaded.evaluation().postCallSchema(), reloaded.variables())).containsOnlyNulls();
    }

    @Test
    void tellsListsAndMapsSentEmptyFromOnesNeverSent() {
        AssistantProfile profile = ProfileVariants.withEmptyListsAndMaps(AssistantProfiles.minimal());

        Assistant saved = repository().saveNew(Assistants.newAssistant(BETA, profile));

        AssistantProfile reloaded = repository().findOwned(BETA, saved.id().orElseThrow()).orElseThrow().profile();
        assertThat(reloaded).usingRecursiveComparison().isEqualTo(profile);
        assertThat(reloaded.secondaryLanguageIds()).isNotNull().isEmpty();
        assertThat(reloaded.toolIds()).isNotNull().isEmpty();
        assertThat(reloaded.tools()).isNotNull().isEmpty();
        assertThat(reloaded.evaluation().postCallSchema()).isNotNull().isEmpty();
        assertThat(reloaded.variables()).isNotNull().isEmpty();
    }

    @Test
    void keepsTheOrderOfListsAsSent() {
        List<Long> languages = List.of(5L, 2L, 4L);
        List<Long> tools = List.of(2L, 1L);
        AssistantProfile profile = ProfileVariants.withLists(AssistantProfiles.minimal(), languages, tools);

        Assistant saved = repository().saveNew(Assistants.newAssistant(ALPHA, profile));

        AssistantProfile reloaded = repository().findOwned(ALPHA, saved.id().orElseThrow()).orElseThrow().profile();
        assertThat(reloaded.secondaryLanguageIds()).containsExactlyElementsOf(languages);
        assertThat(reloaded.toolIds()).containsExactlyElementsOf(tools);
    }

    @Test
    void keepsTheOrderAndTheKindOfEachVariable() {
        Map<String, Object> values = ProfileVariants.unsortedVariablesOfEveryKind();
        AssistantProfile profile = ProfileVariants.withVariables(AssistantProfiles.minimal(), values);

        Assistant saved = repository().saveNew(Assistants.newAssistant(ALPHA, profile));

        Map<String, Object> reloaded = repository().findOwned(ALPHA, saved.id().orElseThrow()).orElseThrow()
                .profile().variables();
        assertThat(reloaded).containsExactlyEntriesOf(values);
        assertThat(reloaded.values()).extracting(Object::getClass)
                .containsExactly(String.class, BigDecimal.class, Boolean.class, BigDecimal.class);
    }

    @Test
    void keepsTheScaleOfEveryDecimal() {
        AssistantProfile profile = AssistantProfiles.minimal();
        assertThat(profile.voice().voiceStability()).hasToString("0.70");

        Assistant saved = repository().saveNew(Assistants.newAssistant(ALPHA, profile));

        AssistantProfile reloaded = repository().findOwned(ALPHA, saved.id().orElseThrow()).orElseThrow().profile();
        assertThat(reloaded.voice()).isEqualTo(profile.voice());
        assertThat(reloaded.voice().voiceStability()).hasToString("0.70");
        assertThat(reloaded.voice().speechSpeed()).hasToString("1.00");
    }

    @Test
    void hidesAssistantsFromOtherAccountsAndUnknownIds() {
        Assistant saved = repository().saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()));
        AssistantId id = saved.id().orElseThrow();

        assertThat(repository().findOwned(BETA, id)).isEmpty();
        assertThat(repository().findOwned(ALPHA, new AssistantId(id.value() + 1000))).isEmpty();
    }

    @Test
    void refusesASecondInboundAssistantOnTheSameNumberAndKeepsNothingOfIt() {
        AssistantProfile inbound = ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.INBOUND,
                ALPHA_NUMBER);
        repository().saveNew(Assistants.newAssistant(ALPHA, inbound));

        assertThatThrownBy(() -> repository().saveNew(Assistants.newAssistant(ALPHA, inbound)))
                .isInstanceOf(PhoneNumberAlreadyAssignedException.class);
        assertThat(storedAssistants()).isEqualTo(1);
    }

    @Test
    void letsOutboundAssistantsShareANumber() {
        AssistantProfile outbound = ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.OUTBOUND,
                ALPHA_NUMBER);

        repository().saveNew(Assistants.newAssistant(ALPHA, outbound));
        repository().saveNew(Assistants.newAssistant(ALPHA, outbound));

        assertThat(storedAssistants()).isEqualTo(2);
    }

    private static final AssistantFactory CHANGES =
            new AssistantFactory(Validation.buildDefaultValidatorFactory().getValidator());

    /** {@code stored} as a change to {@code type} on {@code number} leaves it, checked by the domain. */
    private static Assistant onNumber(Assistant stored, AssistantType type, long number) {
        AssistantProfile requested = ProfileVariants.withPhoneNumber(stored.profile(), type, number);
        return CHANGES.change(stored, new AssistantChange(requested, Set.of(FieldPath.of("type"),
                FieldPath.of("phoneNumberId")), null), ReferenceFactsFixture.facts(), null);
    }

    @Test
    void changesAnAssistantWithItsInboundAssignmentAndALaterTimestamp() {
        Assistant stored = repository().saveNew(Assistants.newAssistant(ALPHA,
                ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.OUTBOUND, ALPHA_NUMBER)));
        AssistantId id = stored.id().orElseThrow();

        Assistant inbound = repository().change(ALPHA, id, s -> onNumber(s, AssistantType.INBOUND, ALPHA_NUMBER)).orElseThrow();

        assertThat(inbound.profile().type()).isEqualTo(AssistantType.INBOUND);
        assertThat(inbound.updatedAt().orElseThrow()).isAfter(stored.updatedAt().orElseThrow());
        assertThat(inbound.createdAt()).isEqualTo(stored.createdAt());
        assertThat(repository().findOwned(ALPHA, id)).get().usingRecursiveComparison().isEqualTo(inbound);
        AssistantProfile competing = ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.INBOUND,
                ALPHA_NUMBER);
        assertThatThrownBy(() -> repository().saveNew(Assistants.newAssistant(ALPHA, competing)))
                .isInstanceOf(PhoneNumberAlreadyAssignedException.class);

        repository().change(ALPHA, id, s -> onNumber(s, AssistantType.OUTBOUND, ALPHA_NUMBER));
        assertThat(repository().saveNew(Assistants.newAssistant(ALPHA, competing)).id())
                .as("the number was freed by the change").isPresent();
    }

    @Test
    void refusesChangingToInboundOnANumberAnotherHoldsAndKeepsTheStoredAssistant() {
        repository().saveNew(Assistants.newAssistant(ALPHA,
                ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.INBOUND, ALPHA_SECOND_NUMBER)));
        Assistant other = repository().saveNew(Assistants.newAssistant(ALPHA,
                ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.OUTBOUND, ALPHA_SECOND_NUMBER)));
        AssistantId id = other.id().orElseThrow();

        assertThatThrownBy(() -> repository().change(ALPHA, id, s -> onNumber(s, AssistantType.INBOUND, ALPHA_SECOND_NUMBER)))
                .isInstanceOf(PhoneNumberAlreadyAssignedException.class);
        assertThat(repository().findOwned(ALPHA, id)).get().usingRecursiveComparison().isEqualTo(other);
    }

    @Test
    void writesNothingWhenTheChangeThrowsOrGivesBackTheStoredAssistant() {
        Assistant stored = repository().saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()));
        AssistantId id = stored.id().orElseThrow();

        assertThatThrownBy(() -> repository().change(ALPHA, id, s -> {
            throw new IllegalArgumentException("refused");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("refused");
        assertThat(repository().change(ALPHA, id, s -> s)).get().usingRecursiveComparison().isEqualTo(stored);
        assertThat(repository().findOwned(ALPHA, id)).get().usingRecursiveComparison().isEqualTo(stored);
    }

    @Test
    void changesNothingOfAnotherAccountsAssistant() {
        Assistant alphas = repository().saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()));

        assertThat(repository().change(BETA, alphas.id().orElseThrow(), s -> {
            throw new AssertionError("another account's assistant was handed to the change");
        })).isEmpty();
    }

    @Test
    void letsExactlyOneOfSixteenConcurrentInboundCreatesHaveTheNumber() throws Exception {
        int contenders = 16;
        Assistant inbound = Assistants.newAssistant(ALPHA,
                ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.INBOUND, ALPHA_SECOND_NUMBER));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        List<Future<Assistant>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < contenders; i++) {
                Callable<Assistant> create = () -> {
                    start.await();
                    return repository().saveNew(inbound);
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
                } catch (ExecutionException e) {
                    refusals.add(e.getCause());
                }
            }
            assertThat(winners).isEqualTo(1);
            assertThat(refusals).hasSize(contenders - 1)
                    .allSatisfy(refusal -> assertThat(refusal).isInstanceOf(PhoneNumberAlreadyAssignedException.class));
        } finally {
            pool.shutdownNow();
        }
        assertThat(storedAssistants()).isEqualTo(1);
    }

    @Test
    void listsTheOwnersAssistantsPageByPageInIdOrder() {
        List<Assistant> alphas = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            alphas.add(repository().saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal())));
            // Another account's in between, so that the owner's ids are not one run the page could rely on.
            repository().saveNew(Assistants.newAssistant(BETA, AssistantProfiles.minimal()));
        }

        assertThat(repository().findOwnedPage(ALPHA, 0, 2)).usingRecursiveComparison().isEqualTo(alphas.subList(0, 2));
        assertThat(repository().findOwnedPage(ALPHA, 2, 2)).usingRecursiveComparison().isEqualTo(alphas.subList(2, 4));
        assertThat(repository().findOwnedPage(ALPHA, 4, 2)).usingRecursiveComparison().isEqualTo(alphas.subList(4, 5));
        assertThat(repository().findOwnedPage(ALPHA, 5, 2)).isEmpty();
        assertThat(repository().findOwnedPage(ALPHA, 0, 100)).extracting(Assistant::id)
                .containsExactlyElementsOf(alphas.stream().map(Assistant::id).toList());
        assertThat(repository().findOwnedPage(new AccountId(3), 0, 100)).isEmpty();
    }

    @Test
    void countsOnlyTheOwnersAssistants() {
        for (int i = 0; i < 3; i++) {
            repository().saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()));
        }
        repository().saveNew(Assistants.newAssistant(BETA, AssistantProfiles.minimal()));

        assertThat(repository().countOwned(ALPHA)).isEqualTo(3);
        assertThat(repository().countOwned(BETA)).isEqualTo(1);
        assertThat(repository().countOwned(new AccountId(3))).isZero();
    }

    @Test
    void listsAllOfTheOwnersAssistantsOrThoseOfOneTypeWholeAndInIdOrder() {
        Assistant outbound = repository().saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()));
        Assistant inbound = repository().saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.full()));
        repository().saveNew(Assistants.newAssistant(BETA, AssistantProfiles.minimal()));
        Assistant secondOutbound = repository().saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()));

        assertThat(repository().findAllOwned(ALPHA, Optional.empty())).usingRecursiveComparison()
                .isEqualTo(List.of(outbound, inbound, secondOutbound));
        assertThat(repository().findAllOwned(ALPHA, Optional.of(AssistantType.OUTBOUND))).usingRecursiveComparison()
                .isEqualTo(List.of(outbound, secondOutbound));
        assertThat(repository().findAllOwned(ALPHA, Optional.of(AssistantType.INBOUND))).usingRecursiveComparison()
                .isEqualTo(List.of(inbound));
        assertThat(repository().findAllOwned(BETA, Optional.of(AssistantType.INBOUND))).isEmpty();
        assertThat(repository().findAllOwned(new AccountId(3), Optional.empty())).isEmpty();
    }

    @Test
    void deletesAnAssistantForGoodAndNeverGivesItsIdAgain() {
        AssistantId id = save(ALPHA, AssistantProfiles.minimal());

        assertThat(repository().delete(ALPHA, id)).isEqualTo(DELETED);

        assertThat(repository().findOwned(ALPHA, id)).isEmpty();
        assertThat(repository().delete(ALPHA, id)).isEqualTo(NOT_FOUND);
        assertThat(storedAssistants()).isZero();
        assertThat(save(ALPHA, AssistantProfiles.minimal()).value()).isGreaterThan(id.value());
    }

    @Test
    void deletesNothingForAnotherAccountOrAnUnknownId() {
        AssistantId id = save(ALPHA, AssistantProfiles.minimal());

        assertThat(repository().delete(BETA, id)).isEqualTo(NOT_FOUND);
        assertThat(repository().delete(ALPHA, new AssistantId(id.value() + 1000))).isEqualTo(NOT_FOUND);
        assertThat(repository().findOwned(ALPHA, id)).isPresent();
        assertThat(storedAssistants()).isEqualTo(1);
    }

    @Test
    void freesTheInboundNumberOfADeletedAssistant() {
        AssistantProfile inbound = ProfileVariants.withPhoneNumber(AssistantProfiles.minimal(), AssistantType.INBOUND,
                ALPHA_NUMBER);
        AssistantId first = save(ALPHA, inbound);

        assertThat(repository().delete(ALPHA, first)).isEqualTo(DELETED);

        assertThat(repository().findOwned(ALPHA, save(ALPHA, inbound))).get()
                .extracting(assistant -> assistant.profile().phoneNumberId()).isEqualTo(ALPHA_NUMBER);
    }

    @Test
    void keepsATransferTargetAndNamesTheAssistantsThatTransferToItInOrder() {
        AssistantId target = save(ALPHA, AssistantProfiles.minimal());
        AssistantId other = save(ALPHA, AssistantProfiles.minimal());
        AssistantId first = save(ALPHA, ProfileVariants.withTransfersTo(AssistantProfiles.minimal(), target.value()));
        AssistantId second = save(ALPHA, ProfileVariants.withTransfersTo(AssistantProfiles.minimal(),
                other.value(), target.value(), target.value()));

        assertThat(repository().delete(ALPHA, target))
                .isEqualTo(new AssistantDeletion.TransferTargetOfOthers(List.of(first.value(), second.value())));
        assertThat(repository().findOwned(ALPHA, target)).isPresent();

        // What a referrer names goes with it.
        assertThat(repository().delete(ALPHA, second)).isEqualTo(DELETED);
        assertThat(repository().delete(ALPHA, other)).isEqualTo(DELETED);
        assertThat(repository().delete(ALPHA, target))
                .isEqualTo(new AssistantDeletion.TransferTargetOfOthers(List.of(first.value())));
        assertThat(repository().delete(ALPHA, first)).isEqualTo(DELETED);
        assertThat(repository().delete(ALPHA, target)).isEqualTo(DELETED);
        assertThat(storedAssistants()).isZero();
    }

    @Test
    void refusesATransferToADeletedAssistantAndKeepsNothingOfIt() {
        AssistantId kept = save(ALPHA, AssistantProfiles.minimal());
        AssistantId deleted = save(ALPHA, AssistantProfiles.minimal());
        repository().delete(ALPHA, deleted);
        Assistant naming = Assistants.newAssistant(ALPHA,
                ProfileVariants.withTransfersTo(AssistantProfiles.minimal(), kept.value(), deleted.value()));

        assertThatThrownBy(() -> repository().saveNew(naming))
                .isInstanceOfSatisfying(TransferTargetMissingException.class,
                        refusal -> assertThat(refusal.missingIds()).containsExactly(deleted.value()));
        assertThat(storedAssistants()).isEqualTo(1);
        assertThat(repository().delete(ALPHA, kept)).isEqualTo(DELETED);
    }

    /**
     * A delete of T racing a create that names T, round after round: each round ends in one of the
     * two orders, never in both writes, so no stored assistant ever names a deleted one.
     */
    @Test
    void letsADeleteAndACreateThatNamesItsTargetEndInOneOrderOrTheOther() throws Exception {
        int deletedFirst = 0;
        int createdFirst = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < RACE_ROUNDS; round++) {
                AssistantId target = save(ALPHA, AssistantProfiles.minimal());
                Assistant naming = Assistants.newAssistant(ALPHA,
                        ProfileVariants.withTransfersTo(AssistantProfiles.minimal(), target.value()));
                CountDownLatch start = new CountDownLatch(1);
                // The delete has the shorter way to the lock: held back a little in some rounds, so both orders occur.
                long holdBack = round % 3;
                Future<AssistantDeletion> deletion = pool.submit(() -> {
                    start.await();
                    Thread.sleep(holdBack);
                    return repository().delete(ALPHA, target);
                });
                Future<Assistant> creation = pool.submit(() -> {
                    start.await();
                    return repository().saveNew(naming);
                });
                start.countDown();

                AssistantDeletion deleted = deletion.get(30, TimeUnit.SECONDS);
                if (deleted.equals(DELETED)) {
                    deletedFirst++;
                    assertThatThrownBy(() -> creation.get(30, TimeUnit.SECONDS))
                            .hasCauseInstanceOf(TransferTargetMissingException.class);
                    assertThat(repository().findOwned(ALPHA, target)).isEmpty();
                } else {
                    createdFirst++;
                    AssistantId created = creation.get(30, TimeUnit.SECONDS).id().orElseThrow();
                    assertThat(deleted).isEqualTo(new AssistantDeletion.TransferTargetOfOthers(List.of(created.value())));
                    assertThat(repository().delete(ALPHA, created)).isEqualTo(DELETED);
                    assertThat(repository().delete(ALPHA, target)).isEqualTo(DELETED);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("[%s] delete and create racing: delete first %d, create first %d%n",
                getClass().getSimpleName(), deletedFirst, createdFirst);
        assertThat(storedAssistants()).isZero();
    }

    private AssistantId save(AccountId owner, AssistantProfile profile) {
        return repository().saveNew(Assistants.newAssistant(owner, profile)).id().orElseThrow();
    }
}
