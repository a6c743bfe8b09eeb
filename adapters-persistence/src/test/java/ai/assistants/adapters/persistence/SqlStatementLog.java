package ai.assistants.adapters.persistence;

import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * EclipseLink's logger for the tests: records every SQL statement the provider sends, per
 * thread, so a test can count the statements one call costs. Other messages at SEVERE go to
 * standard error (WARNING would repeat every expected constraint violation).
 */
public class SqlStatementLog extends AbstractSessionLog {

    private static final ThreadLocal<List<String>> STATEMENTS = ThreadLocal.withInitial(ArrayList::new);

    public static void reset() {
        STATEMENTS.get().clear();
    }

    public static List<String> statements() {
        return List.copyOf(STATEMENTS.get());
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (SessionLog.SQL.equals(entry.getNameSpace())) {
            STATEMENTS.get().add(entry.getMessage());
        } else if (entry.getLevel() >= SessionLog.SEVERE) {
            System.err.println("[EclipseLink] " + entry.getMessage() + " " + java.util.Arrays.toString(entry.getParameters())
                    + (entry.hasException() ? " " + entry.getException() : ""));
        }
    }

    @Override
    public boolean shouldLog(int level, String category) {
        return SessionLog.SQL.equals(category) ? level >= SessionLog.FINE : level >= SessionLog.SEVERE;
    }
}
