package ai.assistants.bootstrap;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Every resource and provider in the WAR is served under {@code /api}; they are CDI beans
 * discovered from the adapter, so nothing is listed here.
 */
@ApplicationPath("/api")
public class AssistantsApplication extends Application {
}
