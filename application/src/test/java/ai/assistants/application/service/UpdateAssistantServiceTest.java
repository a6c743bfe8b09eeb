package ai.assistants.application.service;

import ai.assistants.application.fake.FakeWorld;
import ai.assistants.application.port.in.AssistantChangedException;
import ai.assistants.application.port.in.CreateAssistantCommand;
import ai.assistants.application.port.in.UpdateAssistantCommand;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantDrafts;
import ai.assistants.domain.assistant.AssistantFactory;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantStatus;
import ai.assistants.domain.assistant.AssistantType;
import ai.assistants.domain.assistant.tool.AssistantTransferTool;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.ViolationText;
import ai.assistants.domain.validation.Violations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static ai.assistants.application.fake.FakeWorld.ALPHA;
import static ai.assistants.application.fake.FakeWorld.BETA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpdateAssistantServiceTest {

    private static final FieldPath NAME = FieldPath.of("name");
    private static final FieldPath RINGING_TIME = FieldPath.of("timing").property("ringingTime");
    private static final FieldPath TYPE = FieldPath.of("type");
    private static final FieldPath PHONE_NUMBER_ID = FieldPath.of("phoneNumberId");

    private final FakeWorld world = new FakeWorld();
    private final AssistantFactory factory = Factories.assistantFactory();
    private final CreateAssistantService creating = new CreateAssistantService(factory, world.repository,
            world.referenceData, world.accountResources);
    private final UpdateAssistantService service = new UpdateAssistantService(factory, world.repository,
            world.referenceData, world.accountResources);

    private Assistant create(AssistantDrafts draft) {
        return creating.create(new CreateAssistantCommand(ALPHA, draft.build(), Set.of(), null));
    }

    private Optional<Assistant> update(Assistant stored, AssistantProfile values, Set<FieldPath> sent) {
        return update(stored, values, sent, assistant -> true);
    }

    private Optional<Assistant> update(Assistant stored, AssistantProfile values, Set<FieldPath> sent,
                                       Predicate<Assistant> precondition) {
        return service.update(new UpdateAssistantCommand(ALPHA, stored.id().orElseThrow(), values, sent, null, null,
                precondition));
    }

    @Test
    void keepsWhatWasNotSentPutsBackWhatWasSentAsNullAndWritesANewVersion() {
        Assistant stored = create(AssistantDrafts.valid().maxDuration(300L).ringingTime(12L));

        Assistant changed = update(stored, AssistantDrafts.valid().name("Renamed").maxDuration(999L).build(),
                Set.of(NAME, RINGING_TIME)).orElseThrow();

        assertThat(changed.profile().name()).isEqualTo("Renamed");
        assertThat(changed.profile().timing().maxDuration()).as("not sent: kept, whatever the request held").isEqualTo(300L);
        assertThat(changed.profile().timing().ringingTime()).as("sent as null: a create's default").isEqualTo(30L);
        assertThat(changed.updatedAt().orElseThrow()).isAfter(stored.updatedAt().orElseThrow());
        assertThat(world.repository.findOwned(ALPHA, stored.id().orElseThrow())).contains(changed);
    }

    @Test
    void anEmptyChangeLooksNothingUpAndWritesNothing() {
        Assistant stored = create(AssistantDrafts.valid());
        world.resetCallCounts();

        assertThat(update(stored, AssistantDrafts.valid().build(), Set.of())).containsSame(stored);
        assertThat(world.lookUps()).isEmpty();
    }

    @Test
    void whatTheReaderCouldNotReadIsJudgedWithTheStoredAssistantsFacts() {
        Assistant stored = create(AssistantDrafts.valid());
        Violations unreadable = new Violations().add(FieldPath.of("color"), Rule.NOT_SUPPORTED);

        assertThatThrownBy(() -> service.update(new UpdateAssistantCommand(ALPHA, stored.id().orElseThrow(),
                AssistantDrafts.valid().build(), Set.of(), null, unreadable, null)))
                .isInstanceOfSatisfying(InvalidAssistantException.class, refused ->
                        assertThat(ViolationText.byKey(refused.violations()))
                                .isEqualTo(Map.of("color", List.of("NOT_SUPPORTED"))));
    }

    @Test
    void anotherAccountsOrAnUnknownAssistantIsNotFound() {
        Assistant alphas = create(AssistantDrafts.valid());

        assertThat(service.update(new UpdateAssistantCommand(BETA, alphas.id().orElseThrow(),
                AssistantDrafts.valid().name("Mine").build(), Set.of(NAME), null, null, null))).isEmpty();
        assertThat(service.update(new UpdateAssistantCommand(ALPHA, new AssistantId(999),
                AssistantDrafts.valid().build(), Set.of(NAME), null, null, null))).isEmpty();
        assertThat(world.repository.findOwned(ALPHA, alphas.id().orElseThrow())).contains(alphas);
    }

    @Test
    void aFailedPreconditionWritesNothing() {
        Assistant stored = create(AssistantDrafts.valid());

        assertThatThrownBy(() -> update(stored, AssistantDrafts.valid().name("Late").build(), Set.of(NAME),
                assistant -> false)).isInstanceOf(AssistantChangedException.class);
        assertThat(world.repository.findOwned(ALPHA, stored.id().orElseThrow())).contains(stored);
    }

    @Test
    void aRefusedChangeReportsEveryViolationAndWritesNothing() {
        Assistant stored = create(AssistantDrafts.valid());

        assertThatThrownBy(() -> update(stored, AssistantDrafts.valid().name(" ").ringingTime(0L).build(),
                Set.of(NAME, RINGING_TIME)))
                .isInstanceOfSatisfying(InvalidAssistantException.class, refused ->
                        assertThat(ViolationText.byKey(refused.violations())).isEqualTo(Map.of(
                                "name", List.of("REQUIRED"), "timing.ringing_time", List.of("BETWEEN(1, 60)"))));
        assertThat(world.repository.findOwned(ALPHA, stored.id().orElseThrow())).contains(stored);
    }

    @Test
    void losingTheNumberToAnotherInboundAssistantInTheStorageIsTheContractsViolation() {
        create(AssistantDrafts.valid().type(AssistantType.INBOUND).phoneNumberId(1L));
        Assistant other = create(AssistantDrafts.valid().phoneNumberId(1L));

        assertThatThrownBy(() -> update(other, AssistantDrafts.valid().type(AssistantType.INBOUND).phoneNumberId(1L).build(),
                Set.of(TYPE)))
                .as("the facts say the number is free; the storage knows better")
                .isInstanceOfSatisfying(InvalidAssistantException.class, refused ->
                        assertThat(ViolationText.byKey(refused.violations()))
                                .isEqualTo(Map.of("phone_number_id", List.of("PHONE_NUMBER_TAKEN"))));
        assertThat(world.repository.findOwned(ALPHA, other.id().orElseThrow()).orElseThrow().profile().type())
                .isEqualTo(AssistantType.OUTBOUND);
    }

    @Test
    void aTransferTargetDeletedBetweenTheLookUpAndTheWriteIsRefusedAsAnUnknownOne() {
        Assistant target = create(AssistantDrafts.valid());
        Assistant transferring = create(AssistantDrafts.valid());
        assertThat(target.id()).as("the id the fake account resources know as the caller's assistant")
                .contains(new AssistantId(1));
        world.repository.delete(ALPHA, target.id().orElseThrow());

        assertThatThrownBy(() -> update(transferring, AssistantDrafts.valid()
                .tools(List.of(new AssistantTransferTool(1L, null, null, null))).build(), Set.of(FieldPath.of("tools"))))
                .isInstanceOfSatisfying(InvalidAssistantException.class, refused ->
                        assertThat(ViolationText.byKey(refused.violations()))
                                .isEqualTo(Map.of("tools.0.assistant_id", List.of("UNKNOWN_REFERENCE"))));
        assertThat(world.repository.findOwned(ALPHA, transferring.id().orElseThrow())).contains(transferring);
    }

    @Test
    void activatesThroughTheStatus() {
        Assistant stored = create(AssistantDrafts.valid());

        Assistant active = service.update(new UpdateAssistantCommand(ALPHA, stored.id().orElseThrow(),
                AssistantDrafts.valid().build(), Set.of(AssistantFactory.STATUS), AssistantStatus.ACTIVE, null, null))
                .orElseThrow();

        assertThat(active.status()).isEqualTo(AssistantStatus.ACTIVE);
        assertThat(active.profile()).isEqualTo(stored.profile());
    }
}
