package ai.assistants.adapters.persistence;

import ai.assistants.adapters.persistence.account.JpaAccountResources;
import ai.assistants.adapters.persistence.account.JpaApiKeys;
import ai.assistants.adapters.persistence.account.JpaCategories;
import ai.assistants.adapters.persistence.account.JpaKnowledgebases;
import ai.assistants.adapters.persistence.assistant.JpaAssistantRepository;
import ai.assistants.adapters.persistence.migration.DatabaseMigrations;
import ai.assistants.adapters.persistence.reference.JpaReferenceData;
import ai.assistants.adapters.persistence.transaction.ResourceLocalUnitOfWork;
import ai.assistants.adapters.persistence.transaction.UnitOfWork;
import ai.assistants.domain.assistant.AssistantFactory;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;

/**
 * The adapters as a test uses them: the server's persistence unit run RESOURCE_LOCAL on a fresh
 * database that Flyway has migrated. Public for the tests of package-private adapter parts.
 */
public final class PersistenceFixture implements AutoCloseable {

    /** The domain's factory as production wires it, a real Bean Validation engine built once per test JVM. */
    static final AssistantFactory FACTORY;

    static {
        ValidatorFactory validation = Validation.buildDefaultValidatorFactory();
        FACTORY = new AssistantFactory(validation.getValidator());
    }

    public final TestDatabase database;
    public final EntityManagerFactory entityManagerFactory;
    public final JpaAssistantRepository assistants;
    final JpaReferenceData referenceData;
    final JpaAccountResources accountResources;
    final JpaApiKeys apiKeys;
    final JpaKnowledgebases knowledgebases;
    final JpaCategories categories;
    final UnitOfWork unitOfWork;

    public PersistenceFixture(TestDatabase database, boolean withDemoData) {
        this(database, withDemoData, Map.of(
                "jakarta.persistence.jdbc.url", database.jdbcUrl(),
                "eclipselink.connection-pool.default.max", "20"));
    }

    /** The adapters on connections from {@code connections} rather than from EclipseLink's own pool. */
    PersistenceFixture(TestDatabase database, boolean withDemoData, DataSource connections) {
        this(database, withDemoData, Map.of("jakarta.persistence.nonJtaDataSource", connections));
    }

    private PersistenceFixture(TestDatabase database, boolean withDemoData, Map<String, Object> connections) {
        this.database = database;
        DatabaseMigrations.migrate(database.dataSource(), withDemoData);
        Map<String, Object> properties = new HashMap<>(connections);
        properties.putAll(Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "eclipselink.logging.logger", SqlStatementLog.class.getName(),
                "eclipselink.logging.level.sql", "FINE"));
        entityManagerFactory = Persistence.createEntityManagerFactory("assistants", properties);
        unitOfWork = new ResourceLocalUnitOfWork(entityManagerFactory);
        assistants = new JpaAssistantRepository(unitOfWork, FACTORY);
        referenceData = new JpaReferenceData(unitOfWork);
        accountResources = new JpaAccountResources(unitOfWork);
        apiKeys = new JpaApiKeys(unitOfWork);
        knowledgebases = new JpaKnowledgebases(unitOfWork, FACTORY);
        categories = new JpaCategories(unitOfWork, FACTORY);
    }

    @Override
    public void close() {
        entityManagerFactory.close();
        database.close();
    }
}
