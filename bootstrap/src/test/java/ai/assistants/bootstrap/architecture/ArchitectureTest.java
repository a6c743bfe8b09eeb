package ai.assistants.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static ai.assistants.bootstrap.architecture.ArchitectureRules.*;

/** The production classes of every module, checked against the rules. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    private static void check(ArchRule rule) {
        rule.check(production);
    }

    @Test
    void persistenceMapsRatherThanMirrors() {
        check(PERSISTENCE_MAPS_RATHER_THAN_MIRRORS);
    }

    @Test
    void domainDoesNotReflect() {
        check(DOMAIN_DOES_NOT_REFLECT);
    }

    @Test
    void domainDependsOnlyOnJavaAndTheBeanValidationApi() {
        check(DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_BEAN_VALIDATION_API);
    }

    @Test
    void applicationDependsOnlyOnJavaAndTheDomain() {
        check(APPLICATION_DEPENDS_ONLY_ON_JAVA_AND_DOMAIN);
    }

    @Test
    void jaxRsAppearsOnlyInTheRestAdapter() {
        check(JAX_RS_ONLY_IN_REST_ADAPTER);
    }

    @Test
    void jpaAppearsOnlyInThePersistenceAdapter() {
        check(JPA_ONLY_IN_PERSISTENCE_ADAPTER);
    }

    @Test
    void theAdaptersDoNotKnowEachOther() {
        check(REST_ADAPTER_DOES_NOT_USE_PERSISTENCE_ADAPTER);
        check(PERSISTENCE_ADAPTER_DOES_NOT_USE_REST_ADAPTER);
    }

    @Test
    void nothingDependsOnBootstrap() {
        check(NOTHING_DEPENDS_ON_BOOTSTRAP);
    }

    @Test
    void packagesAreFreeOfCycles() {
        check(NO_PACKAGE_CYCLES);
    }

    @Test
    void noFieldIsInjected() {
        check(NO_FIELD_INJECTION);
    }

    @Test
    void theRateLimitAdapterUsesNoOtherAdapter() {
        check(RATE_LIMIT_ADAPTER_USES_NO_OTHER_ADAPTER);
    }

    @Test
    void otherAdaptersDoNotUseTheRateLimitAdapter() {
        check(OTHER_ADAPTERS_DO_NOT_USE_RATE_LIMIT_ADAPTER);
    }

    @Test
    void redisAndBucket4jOnlyInTheRateLimitAdapter() {
        check(REDIS_AND_BUCKET4J_ONLY_IN_RATE_LIMIT_ADAPTER);
    }
}
