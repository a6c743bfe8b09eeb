package ai.assistants.bootstrap.architecture;

import ai.assistants.adapters.persistence.assistant.archfixture.ColumnsCopiedFromTheDomain;
import ai.assistants.adapters.persistence.archfixture.PersistenceClassUsingRestAdapter;
import ai.assistants.adapters.rest.archfixture.RestClassUsingPersistenceAdapter;
import ai.assistants.application.archfixture.ApplicationClassUsingJaxRs;
import ai.assistants.domain.archfixture.DomainClassUsingJpa;
import ai.assistants.domain.archfixture.DomainClassUsingReflection;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static ai.assistants.bootstrap.architecture.ArchitectureRules.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** A rule that cannot fail protects nothing: each one is run against a class that breaks it. */
class ArchitectureRulesCanFailTest {

    static Stream<Arguments> rulesAndTheirViolators() {
        return Stream.of(
                arguments("domain allow-list", DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_BEAN_VALIDATION_API, DomainClassUsingJpa.class),
                arguments("no reflection in the domain", DOMAIN_DOES_NOT_REFLECT, DomainClassUsingReflection.class),
                arguments("application allow-list", APPLICATION_DEPENDS_ONLY_ON_JAVA_AND_DOMAIN, ApplicationClassUsingJaxRs.class),
                arguments("JAX-RS confinement", JAX_RS_ONLY_IN_REST_ADAPTER, ApplicationClassUsingJaxRs.class),
                arguments("JPA confinement", JPA_ONLY_IN_PERSISTENCE_ADAPTER, DomainClassUsingJpa.class),
                arguments("rest does not use persistence", REST_ADAPTER_DOES_NOT_USE_PERSISTENCE_ADAPTER, RestClassUsingPersistenceAdapter.class),
                arguments("persistence does not use rest", PERSISTENCE_ADAPTER_DOES_NOT_USE_REST_ADAPTER, PersistenceClassUsingRestAdapter.class),
                arguments("nothing uses bootstrap", NOTHING_DEPENDS_ON_BOOTSTRAP, DomainClassUsingJpa.class),
                arguments("persistence maps, not mirrors", PERSISTENCE_MAPS_RATHER_THAN_MIRRORS, ColumnsCopiedFromTheDomain.class),
                arguments("no field injection", NO_FIELD_INJECTION, RestClassUsingPersistenceAdapter.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesAndTheirViolators")
    void ruleReportsItsViolator(String name, ArchRule rule, Class<?> violator) {
        JavaClasses fixture = new ClassFileImporter().importClasses(violator);

        assertThat(rule.evaluate(fixture).hasViolation()).as(name).isTrue();
    }

    @org.junit.jupiter.api.Test
    void cycleRuleReportsTwoPackagesThatUseEachOther() {
        JavaClasses fixture = new ClassFileImporter()
                .importClasses(RestClassUsingPersistenceAdapter.class, PersistenceClassUsingRestAdapter.class);

        assertThat(NO_PACKAGE_CYCLES.evaluate(fixture).hasViolation()).isTrue();
    }
}
