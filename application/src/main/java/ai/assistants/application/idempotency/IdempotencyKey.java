package ai.assistants.application.idempotency;

import java.util.Optional;

/**
 * What a client names one create by, so that sending it again cannot create twice (CONTRACT.md,
 * "Idempotent creates"): 1 to 255 visible ASCII characters.
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (!isValid(value)) {
            throw new IllegalArgumentException("An idempotency key is 1 to " + MAX_LENGTH + " visible ASCII characters");
        }
    }

    /** The key a client sent, or empty when what it sent cannot be one. */
    public static Optional<IdempotencyKey> parse(String sent) {
        return isValid(sent) ? Optional.of(new IdempotencyKey(sent)) : Optional.empty();
    }

    private static boolean isValid(String value) {
        return value != null && !value.isEmpty() && value.length() <= MAX_LENGTH
                && value.chars().allMatch(c -> c > ' ' && c < 0x7f);
    }
}
