package ai.assistants.application.benchmark;

import ai.assistants.application.fake.FakeWorld;
import ai.assistants.application.service.ReferenceLookup;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantDrafts;
import ai.assistants.domain.assistant.AssistantFactory;
import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.Violation;
import ai.assistants.domain.validation.Violations;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;

import static ai.assistants.application.fake.FakeWorld.ALPHA;

/**
 * What the domain's check of one create request costs, without storage: the reference facts are
 * looked up once in the set-up, from the same fakes the application tests use. The baseline
 * (building the draft) runs in the same fork, so the figures can be read as ratios that do not
 * depend on the machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CreateAssistantBenchmark {

    static final int VIOLATION_COUNT = 10;

    private ValidatorFactory validation;
    private AssistantFactory factory;
    private AssistantProfile validDraft;
    private ReferenceFacts validFacts;
    private AssistantProfile invalidDraft;
    private ReferenceFacts invalidFacts;

    @Setup
    public void setUp() {
        validation = Validation.buildDefaultValidatorFactory();
        factory = new AssistantFactory(validation.getValidator());
        ReferenceLookup lookup = lookUpIn(new FakeWorld());
        validDraft = AssistantDrafts.full().build();
        validFacts = lookup.factsFor(ALPHA, factory.referencedIds(validDraft));
        invalidDraft = tenViolations().build();
        invalidFacts = lookup.factsFor(ALPHA, factory.referencedIds(invalidDraft));
        checkTheRequestsAreWhatTheirNamesSay();
    }

    @TearDown
    public void tearDown() {
        validation.close();
    }

    @Benchmark
    public AssistantProfile baselineBuildFullDraft() {
        return AssistantDrafts.full().build();
    }

    @Benchmark
    public Assistant validateFullValidRequest() {
        return factory.createNew(ALPHA, validDraft, validFacts, new Violations());
    }

    @Benchmark
    public Violations validateRequestWithTenViolations() {
        try {
            factory.createNew(ALPHA, invalidDraft, invalidFacts, new Violations());
        } catch (InvalidAssistantException expected) {
            return expected.violations();
        }
        throw new IllegalStateException("the invalid request was accepted");
    }

    private static ReferenceLookup lookUpIn(FakeWorld world) {
        return new ReferenceLookup(world.referenceData, world.accountResources);
    }

    /**
     * Ten independent field rules broken at once, on an otherwise full request. (Two of them were
     * unknown codes before the reader turned codes into enums; two other ranges stand in for them.)
     */
    private static AssistantDrafts tenViolations() {
        return AssistantDrafts.full()
                .name(null)
                .timezone("+02:00")
                .voiceStability(new BigDecimal("2"))
                .speechSpeed(new BigDecimal("5"))
                .maxDuration(5L)
                .ringingTime(0L)
                .reengagementInterval(6L)
                .llmTemperature(new BigDecimal("1.5"))
                .webhookUrl("ftp://hooks.example.com/assistant")
                .conversationInactivityTimeout(0L);
    }

    // A benchmark that silently measured a rejected "valid" request would report nonsense.
    private void checkTheRequestsAreWhatTheirNamesSay() {
        validateFullValidRequest();
        long reported = validateRequestWithTenViolations().all().stream().map(Violation::path).distinct().count();
        if (reported != VIOLATION_COUNT) {
            throw new IllegalStateException("expected " + VIOLATION_COUNT + " violated fields, got "
                    + validateRequestWithTenViolations());
        }
    }
}
