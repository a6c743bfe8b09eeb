package ai.assistants.adapters.persistence.assistant;

import ai.assistants.adapters.persistence.H2TestDatabase;
import ai.assistants.adapters.persistence.PersistenceFixture;
import ai.assistants.adapters.persistence.PostgresTestDatabase;
import ai.assistants.adapters.persistence.TestDatabase;
import ai.assistants.adapters.persistence.transaction.ResourceLocalUnitOfWork;
import ai.assistants.application.port.out.ProfileVariants;
import ai.assistants.application.port.out.TransferTargetMissingException;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantProfiles;
import ai.assistants.domain.assistant.Assistants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The write a change of an assistant's tools makes, which no port exposes yet, on both databases. */
class TransferTargetsTest {

    private static final AccountId ALPHA = new AccountId(1);

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", (Supplier<TestDatabase>) H2TestDatabase::new),
                Arguments.of("PostgreSQL", (Supplier<TestDatabase>) PostgresTestDatabase::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void replaceMakesTheRowsOfAStoredAssistantNameExactlyTheNewTargets(String name, Supplier<TestDatabase> database) {
        try (PersistenceFixture store = new PersistenceFixture(database.get(), true)) {
            ResourceLocalUnitOfWork unitOfWork = new ResourceLocalUnitOfWork(store.entityManagerFactory);
            long first = saved(store, AssistantProfiles.minimal());
            long second = saved(store, AssistantProfiles.minimal());
            long third = saved(store, AssistantProfiles.minimal());
            long changed = saved(store, ProfileVariants.withTransfersTo(AssistantProfiles.minimal(), first, second));

            replace(unitOfWork, changed, Set.of(second, third, changed));
            assertThat(rows(store)).containsExactly(changed + "->" + second, changed + "->" + third);

            store.assistants.delete(ALPHA, new AssistantId(first));
            assertThatThrownBy(() -> replace(unitOfWork, changed, Set.of(first, third)))
                    .isInstanceOfSatisfying(TransferTargetMissingException.class,
                            refusal -> assertThat(refusal.missingIds()).containsExactly(first));
            assertThat(rows(store)).as("nothing of a refused change").containsExactly(changed + "->" + second,
                    changed + "->" + third);

            replace(unitOfWork, changed, Set.of());
            assertThat(rows(store)).isEmpty();
        }
    }

    private static void replace(ResourceLocalUnitOfWork unitOfWork, long assistantId, Set<Long> targets) {
        unitOfWork.write(entityManager -> {
            TransferTargets.replace(entityManager, assistantId, targets);
            return null;
        });
    }

    private static long saved(PersistenceFixture store, AssistantProfile profile) {
        return store.assistants.saveNew(Assistants.newAssistant(ALPHA, profile)).id().orElseThrow().value();
    }

    private static List<String> rows(PersistenceFixture store) {
        try (Connection connection = store.database.dataSource().getConnection();
             ResultSet result = connection.createStatement().executeQuery("SELECT assistant_id, target_assistant_id"
                     + " FROM assistant_transfer_targets ORDER BY assistant_id, target_assistant_id")) {
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(result.getLong(1) + "->" + result.getLong(2));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
