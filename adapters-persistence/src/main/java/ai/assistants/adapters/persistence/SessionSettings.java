package ai.assistants.adapters.persistence;

import ai.assistants.adapters.persistence.assistant.IdFromTheInsert;
import ai.assistants.adapters.persistence.transaction.NoRetryOnOutage;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

import java.util.List;

/** EclipseLink takes one session customizer; each setting of the session is one of these. */
public class SessionSettings implements SessionCustomizer {

    private static final List<SessionCustomizer> SETTINGS = List.of(new NoRetryOnOutage(), new IdFromTheInsert());

    @Override
    public void customize(Session session) throws Exception {
        for (SessionCustomizer setting : SETTINGS) {
            setting.customize(session);
        }
    }
}
