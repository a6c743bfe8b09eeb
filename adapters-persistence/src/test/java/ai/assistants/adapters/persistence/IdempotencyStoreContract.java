package ai.assistants.adapters.persistence;

import ai.assistants.adapters.persistence.idempotency.JpaIdempotencyRecords;
import ai.assistants.adapters.persistence.transaction.UnitOfWorkTransactions;
import ai.assistants.application.idempotency.IdempotencyKey;
import ai.assistants.application.idempotency.RememberedAnswer;
import ai.assistants.application.port.out.IdempotencyRecords;
import ai.assistants.application.port.out.IdempotencyRecords.Claim;
import ai.assistants.application.port.out.IdempotencyRecordsContract;
import ai.assistants.application.port.out.Transactions;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantProfiles;
import ai.assistants.domain.assistant.Assistants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The idempotency keys on each database: the port's contract (inherited), and what only a real
 * store can show: an answer commits or rolls back with the create it tells of, and one key is
 * taken by exactly one of many concurrent claims.
 */
abstract class IdempotencyStoreContract extends IdempotencyRecordsContract {

    private static final IdempotencyKey KEY = new IdempotencyKey("same-transaction");
    private static final String FINGERPRINT = "c".repeat(64);
    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final RememberedAnswer CREATED = new RememberedAnswer(201, Optional.of("/api/user/assistant/1"), "{}");

    private PersistenceFixture store;
    private JpaIdempotencyRecords records;
    private Transactions transactions;

    abstract TestDatabase freshDatabase();

    @BeforeEach
    void migrateFreshDatabase() {
        store = new PersistenceFixture(freshDatabase(), true);
        records = new JpaIdempotencyRecords(store.unitOfWork);
        transactions = new UnitOfWorkTransactions(store.unitOfWork);
    }

    @AfterEach
    void dropDatabase() {
        if (store != null) {
            store.close();
        }
    }

    @Override
    protected IdempotencyRecords records() {
        return records;
    }

    private Claim claim() {
        return records.claim(ALPHA, KEY, FINGERPRINT, NOW, NOW.minus(Duration.ofDays(1)), NOW.minusSeconds(30));
    }

    @Test
    void theAnswerCommitsWithTheCreateItTellsOf() {
        Claim.Taken taken = (Claim.Taken) claim();

        Assistant created = transactions.inOne(() -> {
            Assistant saved = store.assistants.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()));
            records.remember(taken, CREATED);
            return saved;
        });

        assertThat(store.assistants.findOwned(ALPHA, created.id().orElseThrow())).isPresent();
        assertThat(claim()).isEqualTo(new Claim.Answered(FINGERPRINT, CREATED));
    }

    @Test
    void aCreateThatFailsAfterItsAnswerWasKeptLeavesNeitherBehind() {
        Claim.Taken taken = (Claim.Taken) claim();
        long before = assistantsOfAlpha();

        assertThatThrownBy(() -> transactions.inOne(() -> {
            store.assistants.saveNew(Assistants.newAssistant(ALPHA, AssistantProfiles.minimal()));
            records.remember(taken, CREATED);
            throw new IllegalStateException("the server failed before committing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(assistantsOfAlpha()).isEqualTo(before);
        assertThat(claim()).isEqualTo(new Claim.Running(FINGERPRINT));
    }

    @Test
    void manyConcurrentClaimsOfOneKeyLeaveItToExactlyOne() throws Exception {
        int claimants = 8;
        ExecutorService executor = Executors.newFixedThreadPool(claimants);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Claim>> claims = new ArrayList<>();
            for (int i = 0; i < claimants; i++) {
                Callable<Claim> claiming = () -> {
                    start.await(5, TimeUnit.SECONDS);
                    return claim();
                };
                claims.add(executor.submit(claiming));
            }
            start.countDown();
            int taken = 0;
            for (Future<Claim> claim : claims) {
                Claim result = claim.get(30, TimeUnit.SECONDS);
                if (result instanceof Claim.Taken) {
                    taken++;
                } else {
                    assertThat(result).isEqualTo(new Claim.Running(FINGERPRINT));
                }
            }
            assertThat(taken).isEqualTo(1);
        } finally {
            executor.shutdownNow();
        }
    }

    private long assistantsOfAlpha() {
        return store.assistants.countOwned(ALPHA);
    }
}
