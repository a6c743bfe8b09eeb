package ai.assistants.application.port.out;

import ai.assistants.application.idempotency.IdempotencyKey;
import ai.assistants.application.idempotency.RememberedAnswer;
import ai.assistants.application.port.out.IdempotencyRecords.Claim;
import ai.assistants.application.port.out.IdempotencyRecords.IdempotencyClaimLostException;
import ai.assistants.domain.assistant.AccountId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@link IdempotencyRecords} promises, whatever stores the keys: run on the in-memory fake by
 * application and on H2 and PostgreSQL by adapters-persistence. Each test starts from a store
 * without keys in which accounts {@link #ALPHA} and {@link #BETA} exist.
 */
public abstract class IdempotencyRecordsContract {

    protected static final AccountId ALPHA = new AccountId(1);
    protected static final AccountId BETA = new AccountId(2);

    private static final IdempotencyKey KEY = new IdempotencyKey("order-4711");
    private static final String FINGERPRINT = "a".repeat(64);
    private static final String OTHER_FINGERPRINT = "b".repeat(64);
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final RememberedAnswer CREATED = new RememberedAnswer(201, Optional.of("/api/user/assistant/7"),
            "{\"message\":\"Assistant created successfully\",\"data\":{\"id\":7,\"name\":\"Zoë \\u0000 ☎\"}}");
    private static final RememberedAnswer REFUSED = new RememberedAnswer(422, Optional.empty(),
            "{\"message\":\"Validation failed\",\"errors\":{\"name\":[\"The name field is required.\"]}}");

    protected abstract IdempotencyRecords records();

    private Claim claimAt(AccountId owner, String fingerprint, Instant now) {
        return records().claim(owner, KEY, fingerprint, now, now.minus(DAY), now.minus(LEASE));
    }

    private Claim.Taken taken(AccountId owner, Instant now) {
        Claim claim = claimAt(owner, FINGERPRINT, now);
        assertThat(claim).isInstanceOf(Claim.Taken.class);
        return (Claim.Taken) claim;
    }

    @Test
    void aNewKeyIsTakenAndThenHeldUntilItsRequestAnswers() {
        taken(ALPHA, NOW);

        assertThat(claimAt(ALPHA, FINGERPRINT, NOW.plusSeconds(1))).isEqualTo(new Claim.Running(FINGERPRINT));
        assertThat(claimAt(ALPHA, OTHER_FINGERPRINT, NOW.plusSeconds(1))).isEqualTo(new Claim.Running(FINGERPRINT));
    }

    @Test
    void anAnswerIsKeptWithItsStatusLocationAndBodyAsSent() {
        records().remember(taken(ALPHA, NOW), CREATED);

        assertThat(claimAt(ALPHA, OTHER_FINGERPRINT, NOW.plusSeconds(60))).isEqualTo(new Claim.Answered(FINGERPRINT, CREATED));
    }

    @Test
    void anAnswerWithoutALocationIsKeptWithoutOne() {
        records().remember(taken(ALPHA, NOW), REFUSED);

        assertThat(claimAt(ALPHA, FINGERPRINT, NOW.plusSeconds(1))).isEqualTo(new Claim.Answered(FINGERPRINT, REFUSED));
    }

    @Test
    void keysArePerAccount() {
        records().remember(taken(ALPHA, NOW), CREATED);

        taken(BETA, NOW);
    }

    @Test
    void aReleasedKeyCanBeTakenAgain() {
        records().release(taken(ALPHA, NOW));

        taken(ALPHA, NOW.plusSeconds(1));
    }

    @Test
    void anAnsweredKeyIsNotReleased() {
        Claim.Taken claim = taken(ALPHA, NOW);
        records().remember(claim, CREATED);

        records().release(claim);

        assertThat(claimAt(ALPHA, FINGERPRINT, NOW.plusSeconds(1))).isInstanceOf(Claim.Answered.class);
    }

    @Test
    void aKeyIsForgottenADayAfterItWasClaimed() {
        records().remember(taken(ALPHA, NOW), CREATED);

        assertThat(claimAt(ALPHA, FINGERPRINT, NOW.plus(DAY).minusSeconds(1))).isInstanceOf(Claim.Answered.class);
        taken(ALPHA, NOW.plus(DAY).plusSeconds(1));
    }

    @Test
    void anAbandonedClaimIsTakenOverAndItsOwnerCanKeepNothing() {
        Claim.Taken abandoned = taken(ALPHA, NOW);
        assertThat(claimAt(ALPHA, FINGERPRINT, NOW.plus(LEASE).minusSeconds(1))).isInstanceOf(Claim.Running.class);

        Claim.Taken successor = taken(ALPHA, NOW.plus(LEASE).plusSeconds(1));

        assertThatThrownBy(() -> records().remember(abandoned, CREATED)).isInstanceOf(IdempotencyClaimLostException.class);
        records().release(abandoned);
        records().remember(successor, REFUSED);
        assertThat(claimAt(ALPHA, FINGERPRINT, NOW.plus(LEASE).plusSeconds(2))).isEqualTo(new Claim.Answered(FINGERPRINT, REFUSED));
    }

    @Test
    void anAnswerIsKeptOnce() {
        Claim.Taken claim = taken(ALPHA, NOW);
        records().remember(claim, CREATED);

        assertThatThrownBy(() -> records().remember(claim, REFUSED)).isInstanceOf(IdempotencyClaimLostException.class);
    }

    @Test
    void theLongestKeyAndEveryVisibleCharacterAreKept() {
        StringBuilder visible = new StringBuilder();
        for (char c = '!'; c <= '~'; c++) {
            visible.append(c);
        }
        IdempotencyKey longest = new IdempotencyKey((visible.toString() + "x".repeat(255)).substring(0, 255));
        Claim claim = records().claim(ALPHA, longest, FINGERPRINT, NOW, NOW.minus(DAY), NOW.minus(LEASE));
        records().remember((Claim.Taken) claim, CREATED);

        assertThat(records().claim(ALPHA, longest, FINGERPRINT, NOW, NOW.minus(DAY), NOW.minus(LEASE)))
                .isEqualTo(new Claim.Answered(FINGERPRINT, CREATED));
        assertThat(claimAt(ALPHA, FINGERPRINT, NOW)).isInstanceOf(Claim.Taken.class);
    }
}
