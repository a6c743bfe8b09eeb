package ai.assistants.application.service;

import ai.assistants.domain.assistant.AssistantType;
import ai.assistants.domain.engine.EngineMode;
import java.util.Set;
import ai.assistants.application.assistant.AssistantDeletion;
import ai.assistants.application.fake.FakeWorld;
import ai.assistants.application.port.in.CreateAssistantCommand;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantDrafts;
import ai.assistants.domain.assistant.AssistantStatus;
import ai.assistants.domain.assistant.Assistants;
import ai.assistants.domain.assistant.tool.AssistantTransferTool;
import ai.assistants.domain.assistant.tool.WarmCallTransferTool;
import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Rule.ValueKind;
import ai.assistants.domain.validation.ViolationText;
import ai.assistants.domain.validation.Violations;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static ai.assistants.application.fake.FakeWorld.ALPHA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CreateAssistantServiceTest {

    private static final long UNKNOWN_ID = 999;

    private final FakeWorld world = new FakeWorld();
    private final CreateAssistantService service = new CreateAssistantService(Factories.assistantFactory(),
            world.repository, world.referenceData, world.accountResources);

    @Nested
    class AValidRequest {

        @Test
        void isStoredAsAnInactiveAssistantWithAnIdentity() {
            Assistant created = create(AssistantDrafts.valid());

            assertThat(created.id()).isPresent();
            assertThat(created.status()).isEqualTo(AssistantStatus.INACTIVE);
            assertThat(created.owner()).isEqualTo(ALPHA);
            assertThat(created.createdAt()).isPresent();
            assertThat(world.repository.all()).containsExactly(created);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("ai.assistants.application.service.CreateAssistantServiceTest#fullDrafts")
        void withEveryFieldSetIsStored(String mode, AssistantDrafts draft) {
            Assistant created = create(draft);

            assertThat(created.profile().engine().mode().code()).isEqualTo(mode);
            assertThat(world.repository.findOwned(ALPHA, created.id().orElseThrow())).contains(created);
        }

        @Test
        void getsTheProvidersOfItsLanguageWhenItNamesNone() {
            Assistant created = create(AssistantDrafts.valid());

            assertThat(created.profile().providers().synthesizerProviderId()).isEqualTo(FakeWorld.DEFAULT_SYNTHESIZER);
            assertThat(created.profile().providers().transcriberProviderId()).isEqualTo(FakeWorld.DEFAULT_TRANSCRIBER);
        }
    }

    @Nested
    class ARejectedRequest {

        @Test
        void storesNothing() {
            Map<String, List<String>> violations = violationsOf(ALPHA, AssistantDrafts.valid().name(null));

            assertThat(violations).containsEntry("name", List.of("REQUIRED"));
            assertThat(world.repository.all()).isEmpty();
            assertThat(world.repository.calls().count("saveNew")).isZero();
        }

        @Test
        void reportsWhatTheReaderCouldNotReadTogetherWithTheDraftsOwnViolations() {
            Violations unreadable = new Violations().add(FieldPath.of("maxDuration"), Rule.WRONG_KIND, ValueKind.INTEGER);

            Map<String, List<String>> violations =
                    violationsOf(ALPHA, AssistantDrafts.valid().name(null), unreadable);

            assertThat(violations)
                    .containsEntry("name", List.of("REQUIRED"))
                    .containsEntry("max_duration", List.of("WRONG_KIND(INTEGER)"));
        }

        @Test
        void whenOnlyTheReaderFoundAProblem() {
            Violations unreadable = new Violations().add(FieldPath.root().key("colour"), Rule.NOT_SUPPORTED);

            Map<String, List<String>> violations = violationsOf(ALPHA, AssistantDrafts.valid(), unreadable);

            assertThat(violations).containsExactly(Map.entry("colour", List.of("NOT_SUPPORTED")));
            assertThat(world.repository.all()).isEmpty();
        }
    }

    @Nested
    class AnotherAccountsResource {

        /** Own id, another account's id, and the draft that references one of them. */
        record Reference(String what, long ownId, long othersId, LongFunction<AssistantDrafts> draft) {
            @Override
            public String toString() {
                return what;
            }
        }

        static Stream<Reference> references() {
            return Stream.of(
                    new Reference("phone_number_id", 1, 11, id -> AssistantDrafts.valid().phoneNumberId(id)),
                    new Reference("tool_ids", 1, 11, id -> AssistantDrafts.valid().toolIds(List.of(id))),
                    new Reference("knowledgebase_id", 1, 11, id -> AssistantDrafts.valid().knowledgebaseId(id)),
                    new Reference("assistant_transfer assistant_id", 1, 11, id -> AssistantDrafts.valid()
                            .tools(List.of(new AssistantTransferTool(id, "Hand over", null, null)))),
                    new Reference("warm_call_transfer outbound_phone_id", 2, 11, id -> AssistantDrafts.valid()
                            .tools(List.of(new WarmCallTransferTool("+40712345679", id, "Warm transfer", null,
                                    null, null, null, null, null, null, null, null)))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("references")
        void isRejectedExactlyLikeAnUnknownId(Reference reference) {
            Map<String, List<String>> othersAnswer = violationsOf(ALPHA, reference.draft().apply(reference.othersId()));
            Map<String, List<String>> unknownAnswer = violationsOf(ALPHA, reference.draft().apply(UNKNOWN_ID));

            assertThat(othersAnswer).isNotEmpty().isEqualTo(unknownAnswer);
            assertThat(world.repository.all()).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("references")
        void isAcceptedForItsOwner(Reference reference) {
            assertThat(create(reference.draft().apply(reference.ownId())).id()).isPresent();
        }

        @Test
        void namesTheFieldForAPhoneNumberOrAKnowledgeBase() {
            assertThat(violationsOf(ALPHA, AssistantDrafts.valid().phoneNumberId(11L).knowledgebaseId(11L)))
                    .containsEntry("phone_number_id", List.of("UNKNOWN_REFERENCE"))
                    .containsEntry("knowledgebase.knowledgebase_id", List.of("UNKNOWN_REFERENCE"));
        }
    }

    @Nested
    class LookUps {

        @Test
        void doNotGrowWithTheLengthOfTheRequestsLists() {
            LongStream.rangeClosed(3, 50).forEach(id -> world.accountResources.midCallTool(ALPHA, id, "tool_" + id));
            LongStream.rangeClosed(6, 11).forEach(id -> world.referenceData.language(id, "Language " + id, "l" + id));
            List<Long> fiftyTools = LongStream.rangeClosed(1, 50).boxed().toList();
            List<Long> tenLanguages = LongStream.rangeClosed(2, 11).boxed().toList();

            create(AssistantDrafts.full().toolIds(List.of(1L)).secondaryLanguageIds(List.of(2L)));
            Map<String, Integer> shortLists = world.lookUps();
            world.resetCallCounts();
            create(AssistantDrafts.full().toolIds(fiftyTools).secondaryLanguageIds(tenLanguages));
            Map<String, Integer> longLists = world.lookUps();

            assertThat(longLists).isEqualTo(shortLists);
            assertThat(longLists.values()).as("each look-up once: %s", longLists).containsOnly(1);
        }

        @Test
        void areNotMadeForAccountResourcesTheRequestDoesNotName() {
            create(AssistantDrafts.valid());

            assertThat(world.accountResources.calls().total()).isZero();
        }

        @Test
        void askForEachModelByItsKind() {
            create(AssistantDrafts.fullMultimodal());

            assertThat(world.referenceData.calls().count("models:MULTIMODAL")).isOne();
            assertThat(world.referenceData.calls().count("models:LLM")).as("the chat fallback").isOne();
        }

        @Test
        void doNotMistakeAnLlmIdForAMultimodalModel() {
            world.referenceData.llm(7, "LLM seven");

            assertThat(violationsOf(ALPHA, AssistantDrafts.fullMultimodal().multimodalModelId(7L)))
                    .containsKey("engine.multimodal_model_id");
        }
    }

    @Nested
    class AnInboundPhoneNumber {

        @Test
        void takenBetweenTheLookUpAndTheSaveIsReportedLikeOneTakenBefore() {
            Assistant winner = world.repository.saveNew(Assistants.newAssistant(ALPHA));
            assertThat(winner.profile().phoneNumberId()).isEqualTo(1L);

            Map<String, List<String>> violations =
                    violationsOf(ALPHA, AssistantDrafts.valid().type(AssistantType.INBOUND).phoneNumberId(1L));

            assertThat(violations)
                    .containsExactly(Map.entry("phone_number_id", List.of("PHONE_NUMBER_TAKEN")));
            assertThat(world.repository.all()).containsExactly(winner);
        }

        @Test
        void alreadyHeldWhenLookedUpGetsTheSameAnswer() {
            assertThat(violationsOf(ALPHA, AssistantDrafts.valid().type(AssistantType.INBOUND).phoneNumberId(5L)))
                    .containsExactly(Map.entry("phone_number_id", List.of("PHONE_NUMBER_TAKEN")));
        }
    }

    @Nested
    class ATransferTarget {

        @Test
        void deletedBetweenTheLookUpAndTheSaveIsReportedOnEachToolThatNamesIt() {
            // The fake's account resources still list the target: the delete came after the look-up.
            AssistantId target = world.repository.saveNew(Assistants.newAssistant(ALPHA)).id().orElseThrow();
            long elsewhere = target.value() + 1;
            world.accountResources.assistant(ALPHA, target.value()).assistant(ALPHA, elsewhere);
            assertThat(world.repository.delete(ALPHA, target)).isEqualTo(new AssistantDeletion.Deleted());

            Map<String, List<String>> violations = violationsOf(ALPHA, AssistantDrafts.valid().tools(List.of(
                    new AssistantTransferTool(target.value(), "Hand over", null, null),
                    new AssistantTransferTool(elsewhere, "Hand over elsewhere", null, null),
                    new AssistantTransferTool(target.value(), "Hand over again", null, null))));

            assertThat(violations).containsExactly(
                    Map.entry("tools.0.assistant_id", List.of("UNKNOWN_REFERENCE")),
                    Map.entry("tools.2.assistant_id", List.of("UNKNOWN_REFERENCE")));
            assertThat(world.repository.all()).isEmpty();
        }

        @Test
        void deletedBeforeTheLookUpGetsTheSameAnswer() {
            Map<String, List<String>> violations = violationsOf(ALPHA, AssistantDrafts.valid().tools(List.of(
                    new AssistantTransferTool(UNKNOWN_ID, "Hand over", null, null),
                    new AssistantTransferTool(1L, "Hand over elsewhere", null, null),
                    new AssistantTransferTool(UNKNOWN_ID, "Hand over again", null, null))));

            assertThat(violations).containsExactly(
                    Map.entry("tools.0.assistant_id", List.of("UNKNOWN_REFERENCE")),
                    Map.entry("tools.2.assistant_id", List.of("UNKNOWN_REFERENCE")));
        }
    }

    static Stream<Arguments> fullDrafts() {
        return Stream.of(
                Arguments.of("pipeline", AssistantDrafts.full()),
                Arguments.of("multimodal", AssistantDrafts.fullMultimodal()),
                Arguments.of("dualplex", AssistantDrafts.fullMultimodal().mode(EngineMode.DUALPLEX)));
    }

    private Assistant create(AssistantDrafts draft) {
        return service.create(new CreateAssistantCommand(ALPHA, draft.build(), Set.of(), new Violations()));
    }

    private Map<String, List<String>> violationsOf(AccountId caller, AssistantDrafts draft) {
        return violationsOf(caller, draft, new Violations());
    }

    private Map<String, List<String>> violationsOf(AccountId caller, AssistantDrafts draft, Violations unreadable) {
        InvalidAssistantException rejected = catchThrowableOfType(InvalidAssistantException.class,
                () -> service.create(new CreateAssistantCommand(caller, draft.build(), Set.of(), unreadable)));
        assertThat(rejected).as("the request is rejected").isNotNull();
        return ViolationText.byKey(rejected.violations());
    }
}
