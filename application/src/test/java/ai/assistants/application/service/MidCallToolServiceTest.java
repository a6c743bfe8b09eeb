package ai.assistants.application.service;

import ai.assistants.application.port.in.CreateMidCallToolCommand;
import ai.assistants.application.port.in.UpdateMidCallToolCommand;
import ai.assistants.application.port.out.MidCallToolNameTakenException;
import ai.assistants.application.port.out.MidCallToolRepository;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.midcalltool.HttpMethod;
import ai.assistants.domain.midcalltool.MidCallTool;
import ai.assistants.domain.midcalltool.MidCallToolChange;
import ai.assistants.domain.midcalltool.MidCallToolDefinition;
import ai.assistants.domain.midcalltool.MidCallToolFactory;
import ai.assistants.domain.midcalltool.MidCallToolFields;
import ai.assistants.domain.midcalltool.MidCallToolId;
import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Violation;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

/** A taken name is reported with the request's other violations, and a race lost at the database as the same answer. */
class MidCallToolServiceTest {

    private static final AccountId OWNER = new AccountId(1);
    private static final MidCallToolFactory FACTORY =
            new MidCallToolFactory(Validation.buildDefaultValidatorFactory().getValidator(), false);
    private static final MidCallToolDefinition TOOL = new MidCallToolDefinition("lookup", "Looks up",
            "https://api.example.com/x", HttpMethod.GET, null, null, null);

    /** A store whose name look-up answers {@code taken}, and whose writes lose the race to the unique constraint. */
    private static final class RacingStore implements MidCallToolRepository {

        final List<String> askedNames = new ArrayList<>();
        private final boolean taken;

        RacingStore(boolean taken) {
            this.taken = taken;
        }

        @Override
        public List<MidCallTool> findAllOwned(AccountId owner) {
            return List.of();
        }

        @Override
        public Optional<MidCallTool> findOwned(AccountId owner, MidCallToolId id) {
            return Optional.empty();
        }

        @Override
        public boolean nameTaken(AccountId owner, String name, Optional<MidCallToolId> except) {
            askedNames.add(name + except.map(id -> " except " + id.value()).orElse(""));
            return taken;
        }

        @Override
        public MidCallTool saveNew(MidCallTool tool) {
            throw new MidCallToolNameTakenException(null);
        }

        @Override
        public Optional<MidCallTool> change(AccountId owner, MidCallToolId id, UnaryOperator<MidCallTool> change) {
            change.apply(MidCallTool.reconstitute(id, owner, new MidCallToolDefinition("stored", "Stored",
                    "https://api.example.com/y", HttpMethod.POST, 10L, List.of(), List.of()), Instant.EPOCH, Instant.EPOCH));
            throw new MidCallToolNameTakenException(null);
        }

        @Override
        public boolean delete(AccountId owner, MidCallToolId id) {
            return false;
        }
    }

    @Test
    void reportsATakenNameFoundBeforeTheWrite() {
        RacingStore store = new RacingStore(true);

        assertThatThrownBy(() -> new MidCallToolService(FACTORY, store).create(new CreateMidCallToolCommand(OWNER, TOOL, null)))
                .isInstanceOfSatisfying(InvalidAssistantException.class, invalid -> assertThat(invalid.violations().all())
                        .containsExactly(Violation.of(MidCallToolFields.NAME.path(), Rule.TAKEN)));
        assertThat(store.askedNames).containsExactly("lookup");
    }

    @Test
    void answersARaceLostAtTheDatabaseAsIfTheOtherRequestHadComeFirst() {
        RacingStore store = new RacingStore(false);
        MidCallToolService service = new MidCallToolService(FACTORY, store);

        assertThatThrownBy(() -> service.create(new CreateMidCallToolCommand(OWNER, TOOL, null)))
                .isInstanceOfSatisfying(InvalidAssistantException.class, invalid -> assertThat(invalid.violations().all())
                        .containsExactly(Violation.of(MidCallToolFields.NAME.path(), Rule.TAKEN)));
        assertThatThrownBy(() -> service.update(new UpdateMidCallToolCommand(OWNER, new MidCallToolId(9),
                new MidCallToolChange(TOOL, Set.of(MidCallToolFields.NAME.path())), null)))
                .isInstanceOfSatisfying(InvalidAssistantException.class, invalid -> assertThat(invalid.violations().all())
                        .containsExactly(Violation.of(MidCallToolFields.NAME.path(), Rule.TAKEN)));
        assertThat(store.askedNames).as("a tool's own name is never taken by itself").containsExactly("lookup", "lookup except 9");
    }
}
