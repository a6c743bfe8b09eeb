package ai.assistants.application.account;

import java.time.Instant;

/** A stored key as it may be shown again: never the key, only its last four characters. */
public record ApiKeyView(long id, String label, String lastFour, Instant createdAt) {
}
