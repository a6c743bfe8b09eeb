package ai.assistants.adapters.persistence;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A data source that records each JDBC call that costs a round trip to the server: a statement
 * executed (its SQL) and a {@code COMMIT} or {@code ROLLBACK}. PostgreSQL's driver sends the
 * {@code BEGIN} of a transaction with its first statement and a change of auto-commit not at all,
 * so these are the round trips the service waits for.
 */
final class RoundTripCounter {

    private final DataSource target;
    private final List<String> roundTrips = Collections.synchronizedList(new ArrayList<>());

    RoundTripCounter(DataSource target) {
        this.target = target;
    }

    DataSource dataSource() {
        return proxy(DataSource.class, target, (method, args, result) -> {
            if (result instanceof Connection connection) {
                return connection(connection);
            }
            return result;
        });
    }

    List<String> roundTrips() {
        synchronized (roundTrips) {
            return List.copyOf(roundTrips);
        }
    }

    void reset() {
        roundTrips.clear();
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (method, args, result) -> {
            switch (method.getName()) {
                case "commit" -> roundTrips.add("COMMIT");
                case "rollback" -> roundTrips.add("ROLLBACK");
                case "prepareStatement" -> {
                    return statement(PreparedStatement.class, (PreparedStatement) result, (String) args[0]);
                }
                case "createStatement" -> {
                    return statement(Statement.class, (Statement) result, null);
                }
                default -> {
                }
            }
            return result;
        });
    }

    private <S extends Statement> S statement(Class<S> type, S statement, String preparedSql) {
        return proxy(type, statement, (method, args, result) -> {
            if (method.getName().startsWith("execute")) {
                roundTrips.add(preparedSql != null ? preparedSql : String.valueOf(args == null ? "" : args[0]));
            }
            return result;
        });
    }

    /** What a proxy does with the result of each call it passed on. */
    @FunctionalInterface
    private interface AfterCall {

        Object after(Method method, Object[] args, Object result) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall afterCall) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return afterCall.after(method, args, result);
        };
        return type.cast(Proxy.newProxyInstance(RoundTripCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
