package ai.assistants.application.fake;

import ai.assistants.application.idempotency.IdempotencyKey;
import ai.assistants.application.idempotency.RememberedAnswer;
import ai.assistants.application.port.out.IdempotencyRecords;
import ai.assistants.domain.assistant.AccountId;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Idempotency keys in memory, one lock for all: the store's transactions reduced to their effect. */
public final class InMemoryIdempotencyRecords implements IdempotencyRecords {

    private record Row(String fingerprint, String token, Instant claimedAt, RememberedAnswer answer) {
    }

    private record Id(AccountId owner, IdempotencyKey key) {
    }

    private final Map<Id, Row> rows = new HashMap<>();

    @Override
    public synchronized Claim claim(AccountId owner, IdempotencyKey key, String fingerprint, Instant now,
                                    Instant forgetBefore, Instant abandonedBefore) {
        rows.entrySet().removeIf(entry -> entry.getKey().owner().equals(owner)
                && entry.getValue().claimedAt().isBefore(forgetBefore));
        Id id = new Id(owner, key);
        Row held = rows.get(id);
        if (held != null && held.answer() == null && held.claimedAt().isBefore(abandonedBefore)) {
            held = null;
        }
        if (held == null) {
            String token = UUID.randomUUID().toString();
            rows.put(id, new Row(fingerprint, token, now, null));
            return new Claim.Taken(owner, key, token);
        }
        return held.answer() == null ? new Claim.Running(held.fingerprint())
                : new Claim.Answered(held.fingerprint(), held.answer());
    }

    @Override
    public synchronized void remember(Claim.Taken claim, RememberedAnswer answer) {
        Id id = new Id(claim.owner(), claim.key());
        Row held = rows.get(id);
        if (held == null || !held.token().equals(claim.token()) || held.answer() != null) {
            throw new IdempotencyClaimLostException();
        }
        rows.put(id, new Row(held.fingerprint(), held.token(), held.claimedAt(), answer));
    }

    @Override
    public synchronized void release(Claim.Taken claim) {
        Id id = new Id(claim.owner(), claim.key());
        Row held = rows.get(id);
        if (held != null && held.token().equals(claim.token()) && held.answer() == null) {
            rows.remove(id);
        }
    }
}
