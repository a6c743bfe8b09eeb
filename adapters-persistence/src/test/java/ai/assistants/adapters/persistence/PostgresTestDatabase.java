package ai.assistants.adapters.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.io.IOException;
import java.sql.DriverManager;
import java.util.UUID;

/**
 * A fresh schema on PostgreSQL for one test. The server comes from {@code ASSISTANTS_TEST_PG_URL}
 * when set, else from Testcontainers when a Docker engine is available, else from an embedded
 * PostgreSQL started in this JVM: the tests run on a real PostgreSQL wherever they run, and are
 * never skipped.
 */
public final class PostgresTestDatabase extends TestDatabase {

    static final String URL_VARIABLE = "ASSISTANTS_TEST_PG_URL";

    private final String serverUrl;
    private final String schema;

    public PostgresTestDatabase() {
        this(Server.url(), "test_" + UUID.randomUUID().toString().replace("-", ""));
    }

    private PostgresTestDatabase(String serverUrl, String schema) {
        // stringtype=unspecified lets the JSON columns (jsonb) take the text JPA binds.
        super(serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&stringtype=unspecified",
                new PGSimpleDataSource(), PGSimpleDataSource::setURL);
        this.serverUrl = serverUrl;
        this.schema = schema;
        onServer("CREATE SCHEMA " + schema);
    }

    @Override
    public void close() {
        onServer("DROP SCHEMA " + schema + " CASCADE");
    }

    /** The schema is made and dropped from outside it, on the server's own URL. */
    private void onServer(String sql) {
        TestDatabase.execute(() -> DriverManager.getConnection(serverUrl), sql);
    }

    /** One server per JVM, found once. */
    private static final class Server {

        private static String url;

        static synchronized String url() {
            if (url == null) {
                url = find();
            }
            return url;
        }

        private static String find() {
            String configured = System.getenv(URL_VARIABLE);
            if (configured != null && !configured.isBlank()) {
                return configured;
            }
            return DockerClientFactory.instance().isDockerAvailable() ? startContainer() : startEmbedded();
        }

        @SuppressWarnings("resource") // the container lives as long as the test JVM
        private static String startContainer() {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15");
            container.start();
            return container.getJdbcUrl() + "&user=" + container.getUsername()
                    + "&password=" + container.getPassword();
        }

        private static String startEmbedded() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
                return postgres.getJdbcUrl("postgres", "postgres");
            } catch (IOException e) {
                throw new IllegalStateException("No PostgreSQL for the tests: " + URL_VARIABLE
                        + " is not set, no Docker engine is available, and the embedded one did not start", e);
            }
        }

        private static void closeQuietly(EmbeddedPostgres postgres) {
            try {
                postgres.close();
            } catch (IOException e) {
                // the JVM is exiting; the embedded server's files are temporary
            }
        }
    }
}
