package ai.assistants.adapters.persistence.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.inject.spi.CDI;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.databaseaccess.Platform;
import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client span per SQL statement, child of the request's span: Liberty's mpTelemetry traces HTTP
 * requests but not JDBC, and EclipseLink, which runs every statement of the service, tells its listeners
 * before and after each one on the thread that runs it. Spans follow OpenTelemetry's database
 * conventions ({@code SELECT api_keys}, {@code db.system}, {@code db.query.text}); the text is the
 * statement with its {@code ?} placeholders, never a bound value, so no key or secret reaches a trace.
 * With telemetry off (the default) the current span is the no-op one and a statement costs a
 * thread-local look-up before and one after; statements outside a traced request (migrations,
 * start-up) get no span. A failed statement's span ends like any other: EclipseLink tells its
 * listeners that a statement ended, not how.
 */
public class StatementSpans extends SessionEventAdapter {

    private static final String INSTRUMENTATION_SCOPE = "ai.assistants.persistence";
    private static final Pattern OPERATION = Pattern.compile("^\\s*([A-Za-z]+)");
    private static final String IDENTIFIER = "([A-Za-z_][\\w.]*)";
    /** Where each statement kind names its table; a statement of another kind is named by its operation alone. */
    private static final Map<String, Pattern> TABLE = Map.of(
            "SELECT", Pattern.compile("\\bFROM\\s+" + IDENTIFIER, Pattern.CASE_INSENSITIVE),
            "DELETE", Pattern.compile("\\bFROM\\s+" + IDENTIFIER, Pattern.CASE_INSENSITIVE),
            "INSERT", Pattern.compile("\\bINTO\\s+" + IDENTIFIER, Pattern.CASE_INSENSITIVE),
            "UPDATE", Pattern.compile("^\\s*UPDATE\\s+" + IDENTIFIER, Pattern.CASE_INSENSITIVE));

    /** The statements this thread has open, innermost first: EclipseLink does not nest them, but a span must never end another's. */
    private static final ThreadLocal<Open> OPEN = new ThreadLocal<>();

    private record Open(Call call, Span span, Open outer) {
    }

    /** Looked up on first use: EclipseLink builds this listener, CDI does not, and only a traced request needs it. */
    private volatile Tracer tracer;

    @Override
    public void preExecuteCall(SessionEvent event) {
        if (!Span.current().isRecording() || !(event.getCall() instanceof DatabaseCall call)) {
            return;
        }
        Platform platform = event.getSession().getDatasourcePlatform();
        String sql = call.getSQLString() == null ? "" : call.getSQLString();
        String operation = operation(sql);
        String table = operation == null ? null : table(operation, sql);
        Span span = tracer().spanBuilder(spanName(operation, table, platform))
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("db.system", system(platform))
                .startSpan();
        if (operation != null) {
            span.setAttribute("db.operation.name", operation);
        }
        if (table != null) {
            span.setAttribute("db.collection.name", table);
        }
        // Without binding, EclipseLink writes the values into the text itself: such a statement keeps only its name
        if (call.usesBinding(event.getSession().getPlatform())) {
            span.setAttribute("db.query.text", sql);
        }
        OPEN.set(new Open(call, span, OPEN.get()));
    }

    @Override
    public void postExecuteCall(SessionEvent event) {
        Open open = OPEN.get();
        if (open == null || open.call() != event.getCall()) {
            return;
        }
        if (open.outer() == null) {
            OPEN.remove();
        } else {
            OPEN.set(open.outer());
        }
        open.span().end();
    }

    private Tracer tracer() {
        Tracer found = tracer;
        if (found == null) {
            found = CDI.current().select(OpenTelemetry.class).get().getTracer(INSTRUMENTATION_SCOPE);
            tracer = found;
        }
        return found;
    }

    private static String operation(String sql) {
        Matcher matcher = OPERATION.matcher(sql);
        return matcher.find() ? matcher.group(1).toUpperCase(Locale.ROOT) : null;
    }

    private static String table(String operation, String sql) {
        Pattern pattern = TABLE.get(operation);
        if (pattern == null) {
            return null;
        }
        Matcher matcher = pattern.matcher(sql);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** OpenTelemetry's database span name: operation and table when known, else what there is. */
    private static String spanName(String operation, String table, Platform platform) {
        if (operation == null) {
            return system(platform);
        }
        return table == null ? operation : operation + " " + table;
    }

    private static String system(Platform platform) {
        if (platform.isPostgreSQL()) {
            return "postgresql";
        }
        return platform.isH2() ? "h2" : "other_sql";
    }
}
