package ai.assistants.adapters.persistence.transaction;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink repeats a read that lost its connection, three times five seconds apart by default:
 * with the database away, every request then waits long past the 3 seconds the contract gives a
 * 503. A lost connection fails the request at once instead; the pool drops its broken connections,
 * so the next request after the database's return gets a new one.
 */
public class NoRetryOnOutage implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
