package ai.assistants.adapters.persistence.assistant;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.ReturningPolicy;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * A new assistant's id comes back with its INSERT ({@code INSERT ... RETURNING id}) where the
 * database can return values from one, PostgreSQL: the column's default takes it from the same
 * sequence, and the create saves the round trip that asks the sequence first. Where the database
 * cannot (H2), the mapping's sequence is kept. Which one EclipseLink knows only once it has found
 * the database, on its first connection; the mapping is changed then, before EclipseLink prepares it.
 */
public class IdFromTheInsert implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postConnect(SessionEvent event) {
                returnTheIdFromTheInsert(event.getSession());
            }
        });
    }

    private static void returnTheIdFromTheInsert(Session session) {
        ClassDescriptor assistants = session.getDescriptor(AssistantEntity.class);
        if (!session.getPlatform().canBuildCallWithReturning() || assistants.hasReturningPolicy()) {
            return;
        }
        ReturningPolicy returned = new ReturningPolicy();
        returned.addFieldForInsertReturnOnly(assistants.getSequenceNumberField());
        assistants.setSequenceNumberField(null);
        assistants.setSequenceNumberName(null);
        assistants.setReturningPolicy(returned);
    }
}
