package ai.assistants.bootstrap.architecture;

import ai.assistants.bootstrap.AssistantsApplication;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency rules of ARCHITECTURE.md, as allow-lists. Each rule fails when it matches no
 * classes (ArchUnit's default), so a renamed package cannot make one pass silently.
 */
final class ArchitectureRules {

    static final String ROOT = "ai.assistants";
    private static final String DOMAIN = "ai.assistants.domain..";
    private static final String APPLICATION = "ai.assistants.application..";
    private static final String REST_ADAPTER = "ai.assistants.adapters.rest..";
    private static final String PERSISTENCE_ADAPTER = "ai.assistants.adapters.persistence..";
    private static final String RATE_LIMIT_ADAPTER = "ai.assistants.adapters.ratelimit..";
    private static final String BOOTSTRAP = "ai.assistants.bootstrap..";

    static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_BEAN_VALIDATION_API = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, "jakarta.validation..")
            .because("the domain must outlive every framework choice");

    static final ArchRule DOMAIN_DOES_NOT_REFLECT = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAPackage("java.lang.reflect..")
            .because("rules refer to fields through accessors, and records are read by their adapters, not by the domain");

    static final ArchRule PERSISTENCE_MAPS_RATHER_THAN_MIRRORS = noClasses()
            .that().resideInAPackage("ai.assistants.adapters.persistence.assistant..")
            .should().beAnnotatedWith("jakarta.persistence.Embeddable")
            .because("an assistant's settings are stored as JSON of the domain's own records, not copied into columns");

    static final ArchRule APPLICATION_DEPENDS_ONLY_ON_JAVA_AND_DOMAIN = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", APPLICATION, DOMAIN)
            .because("use cases are plain classes wired by bootstrap");

    static final ArchRule JAX_RS_ONLY_IN_REST_ADAPTER = noClasses()
            .that().resideOutsideOfPackage(REST_ADAPTER)
            .and(not(equivalentTo(AssistantsApplication.class)))
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

    static final ArchRule JPA_ONLY_IN_PERSISTENCE_ADAPTER = noClasses()
            .that().resideOutsideOfPackage(PERSISTENCE_ADAPTER)
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..");

    static final ArchRule REST_ADAPTER_DOES_NOT_USE_PERSISTENCE_ADAPTER = noClasses()
            .that().resideInAPackage(REST_ADAPTER)
            .should().dependOnClassesThat().resideInAPackage(PERSISTENCE_ADAPTER);

    static final ArchRule PERSISTENCE_ADAPTER_DOES_NOT_USE_REST_ADAPTER = noClasses()
            .that().resideInAPackage(PERSISTENCE_ADAPTER)
            .should().dependOnClassesThat().resideInAPackage(REST_ADAPTER);

    static final ArchRule RATE_LIMIT_ADAPTER_USES_NO_OTHER_ADAPTER = noClasses()
            .that().resideInAPackage(RATE_LIMIT_ADAPTER)
            .should().dependOnClassesThat().resideInAnyPackage(REST_ADAPTER, PERSISTENCE_ADAPTER);

    static final ArchRule OTHER_ADAPTERS_DO_NOT_USE_RATE_LIMIT_ADAPTER = noClasses()
            .that().resideInAnyPackage(REST_ADAPTER, PERSISTENCE_ADAPTER)
            .should().dependOnClassesThat().resideInAPackage(RATE_LIMIT_ADAPTER)
            .because("the REST adapter counts requests through the application's RateLimiter port");

    static final ArchRule REDIS_AND_BUCKET4J_ONLY_IN_RATE_LIMIT_ADAPTER = noClasses()
            .that().resideOutsideOfPackage(RATE_LIMIT_ADAPTER)
            .should().dependOnClassesThat().resideInAnyPackage("redis.clients..", "io.github.bucket4j..");

    static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP = noClasses()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP);

    static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching(ROOT + ".(**)")
            .should().beFreeOfCycles();

    static final ArchRule NO_FIELD_INJECTION = noFields()
            .should().beAnnotatedWith("jakarta.inject.Inject")
            .because("constructor injection keeps every dependency visible and every class testable without a container");

    private ArchitectureRules() {
    }
}
