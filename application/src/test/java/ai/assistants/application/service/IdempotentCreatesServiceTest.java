package ai.assistants.application.service;

import ai.assistants.application.fake.InMemoryIdempotencyRecords;
import ai.assistants.application.idempotency.IdempotencyKey;
import ai.assistants.application.idempotency.RememberedAnswer;
import ai.assistants.application.port.in.IdempotencyConflictException;
import ai.assistants.application.port.in.IdempotencyConflictException.Reason;
import ai.assistants.application.port.in.IdempotentCreatesUseCase.Outcome;
import ai.assistants.application.port.out.StorageUnavailableException;
import ai.assistants.application.port.out.Transactions;
import ai.assistants.domain.assistant.AccountId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotentCreatesServiceTest {

    private static final AccountId CALLER = new AccountId(1);
    private static final IdempotencyKey KEY = new IdempotencyKey("retry-me");
    private static final String BODY = "same body";
    private static final RememberedAnswer CREATED = new RememberedAnswer(201, Optional.of("/api/user/tools/3"), "{\"id\":3}");
    private static final RememberedAnswer REFUSED = new RememberedAnswer(422, Optional.empty(), "{\"message\":\"Validation failed\"}");

    /** Records which transactions committed and which rolled back, as the real store's would. */
    private static final class RecordingTransactions implements Transactions {
        final List<String> ended = new ArrayList<>();

        @Override
        public <T> T inOne(Supplier<T> work) {
            try {
                T result = work.get();
                ended.add("commit");
                return result;
            } catch (RuntimeException e) {
                ended.add("rollback");
                throw e;
            }
        }
    }

    private final RecordingTransactions transactions = new RecordingTransactions();
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private final InMemoryIdempotencyRecords records = new InMemoryIdempotencyRecords();
    private final IdempotentCreatesService service = serviceAt(NOW);
    private final AtomicInteger creates = new AtomicInteger();

    private Supplier<RememberedAnswer> answering(RememberedAnswer answer) {
        return () -> {
            creates.incrementAndGet();
            return answer;
        };
    }

    @Test
    void theFirstRequestCreatesInTheTransactionThatKeepsItsAnswer() {
        Outcome first = service.answer(CALLER, KEY, BODY, answering(CREATED));

        assertThat(first).isEqualTo(new Outcome(CREATED, false));
        assertThat(transactions.ended).containsExactly("commit");
    }

    @Test
    void theSameRequestAgainReplaysTheFirstAnswerAndCreatesNothing() {
        service.answer(CALLER, KEY, BODY, answering(CREATED));

        Outcome retry = service.answer(CALLER, KEY, BODY, answering(REFUSED));

        assertThat(retry).isEqualTo(new Outcome(CREATED, true));
        assertThat(creates).hasValue(1);
    }

    @Test
    void aRefusalIsRememberedButWhatItTouchedIsRolledBack() {
        assertThat(service.answer(CALLER, KEY, BODY, answering(REFUSED))).isEqualTo(new Outcome(REFUSED, false));
        assertThat(transactions.ended).containsExactly("rollback");

        assertThat(service.answer(CALLER, KEY, BODY, answering(CREATED))).isEqualTo(new Outcome(REFUSED, true));
        assertThat(creates).hasValue(1);
    }

    @Test
    void anotherRequestWithTheKeyIsAConflict() {
        service.answer(CALLER, KEY, BODY, answering(CREATED));

        assertThatThrownBy(() -> service.answer(CALLER, KEY, "another body", answering(CREATED)))
                .isInstanceOfSatisfying(IdempotencyConflictException.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo(Reason.USED_FOR_ANOTHER_REQUEST));
        assertThat(creates).hasValue(1);
    }

    @Test
    void aFailureIsNotRememberedSoTheRetryRuns() {
        assertThatThrownBy(() -> service.answer(CALLER, KEY, BODY, () -> {
            throw new StorageUnavailableException(new RuntimeException("database away"));
        })).isInstanceOf(StorageUnavailableException.class);

        assertThat(service.answer(CALLER, KEY, BODY, answering(CREATED))).isEqualTo(new Outcome(CREATED, false));
    }

    @Test
    void aRequestArrivingWhileTheFirstRunsIsToldSoAndCreatesNothing() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<Outcome> first = executor.submit(() -> service.answer(CALLER, KEY, BODY, () -> {
                firstRunning.countDown();
                await(release);
                return CREATED;
            }));
            assertThat(firstRunning.await(5, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> service.answer(CALLER, KEY, BODY, answering(CREATED)))
                    .isInstanceOfSatisfying(IdempotencyConflictException.class,
                            conflict -> assertThat(conflict.reason()).isEqualTo(Reason.STILL_RUNNING));
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(new Outcome(CREATED, false));
            assertThat(creates).hasValue(0);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aClaimWhoseServerDiedIsTakenOverOnceItIsAbandoned() {
        // The first request's server died mid-create: its claim stays, without an answer.
        records.claim(CALLER, KEY, Sha256Hex.of(BODY), NOW, NOW.minus(Duration.ofDays(1)), NOW.minusSeconds(30));

        Instant justBefore = NOW.plus(IdempotentCreatesService.ABANDONED_AFTER).minusSeconds(1);
        assertThatThrownBy(() -> serviceAt(justBefore).answer(CALLER, KEY, BODY, answering(CREATED)))
                .isInstanceOfSatisfying(IdempotencyConflictException.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo(Reason.STILL_RUNNING));
        Instant justAfter = NOW.plus(IdempotentCreatesService.ABANDONED_AFTER).plusSeconds(1);
        assertThat(serviceAt(justAfter).answer(CALLER, KEY, BODY, answering(CREATED))).isEqualTo(new Outcome(CREATED, false));
        assertThat(creates).hasValue(1);
    }

    private IdempotentCreatesService serviceAt(Instant now) {
        return new IdempotentCreatesService(records, transactions, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
