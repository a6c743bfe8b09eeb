package ai.assistants.adapters.rest.http;

import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Violation;
import ai.assistants.domain.validation.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

import java.util.Locale;

/**
 * The service's own counters on {@code /metrics} (scope application), beside what Liberty counts per
 * request, pool and JVM: assistants created, and refused requests by each rule they broke, so a phone
 * number taken by another assistant is {@code refusals_total{rule="phone_number_taken"}}. Counted at the
 * edge, where a create is answered: a replayed idempotent answer is not counted again.
 */
@ApplicationScoped
public class ServiceCounters {

    private final MetricRegistry registry;

    @Inject
    public ServiceCounters(@RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE) MetricRegistry registry) {
        this.registry = registry;
    }

    /** For CDI's client proxy. */
    protected ServiceCounters() {
        this(null);
    }

    public void assistantCreated() {
        registry.counter("assistants.created").inc();
    }

    /** Each rule once per refused request, however many fields broke it. */
    public void refused(Violations violations) {
        violations.all().stream().map(Violation::rule).distinct()
                .forEach(rule -> registry.counter("refusals", new Tag("rule", tagOf(rule))).inc());
    }

    static String tagOf(Rule rule) {
        return rule.name().toLowerCase(Locale.ROOT);
    }
}
