package ai.assistants.adapters.persistence;

import ai.assistants.application.assistant.AssistantDeletion;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantProfiles;
import ai.assistants.domain.assistant.Assistants;
import org.h2.api.Trigger;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract on H2 in PostgreSQL mode, the embedded default's database, and what only H2 lets a test stage. */
class AssistantStoreH2Test extends AssistantStoreContract {

    @Override
    int statementsAskingForTheId() {
        return 1; // EclipseLink's H2 platform builds no INSERT that returns a value: the sequence is asked first
    }

    @Override
    TestDatabase freshDatabase() {
        return new H2TestDatabase();
    }

    /**
     * A writer that takes no lock commits a transfer to the assistant between the delete's read of
     * its referrers and its DELETE (staged by a trigger, on a connection of its own): the foreign key
     * refuses the delete, and the answer names the referrer as the next attempt reads it.
     */
    @Test
    void answersAReferrerThatSlipsInBeforeTheDeleteWithTheRefusal() {
        long target = store.assistants.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()))
                .id().orElseThrow().value();
        long referrer = store.assistants.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()))
                .id().orElseThrow().value();
        ReferrerSlipsIn.STAGED.set(new ReferrerSlipsIn.Staging(store.database.jdbcUrl(), referrer, target));
        store.database.execute("CREATE TRIGGER referrer_slips_in BEFORE DELETE ON assistants FOR EACH ROW CALL \""
                + ReferrerSlipsIn.class.getName() + "\"");

        AssistantDeletion deletion = store.assistants.delete(ALPHA, new AssistantId(target));

        assertThat(ReferrerSlipsIn.STAGED.get()).as("the trigger ran").isNull();
        assertThat(deletion).isEqualTo(new AssistantDeletion.TransferTargetOfOthers(List.of(referrer)));
        assertThat(store.assistants.findOwned(ALPHA, new AssistantId(target))).isPresent();
    }

    /** Once, on the next delete of an assistant: commits a transfer row from another connection. */
    public static final class ReferrerSlipsIn implements Trigger {

        record Staging(String url, long referrer, long target) {
        }

        static final AtomicReference<Staging> STAGED = new AtomicReference<>();

        @Override
        public void fire(Connection deleting, Object[] oldRow, Object[] newRow) throws SQLException {
            Staging staging = STAGED.getAndSet(null);
            if (staging == null) {
                return;
            }
            try (Connection other = DriverManager.getConnection(staging.url())) {
                other.createStatement().executeUpdate("INSERT INTO assistant_transfer_targets"
                        + " (assistant_id, target_assistant_id) VALUES (" + staging.referrer() + ", " + staging.target() + ")");
            }
        }
    }
}
