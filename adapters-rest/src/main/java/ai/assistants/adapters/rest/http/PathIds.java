package ai.assistants.adapters.rest.http;

import java.util.Optional;

/** The ids in paths: positive decimal integers; any other path segment names nothing, which is a 404. */
public final class PathIds {

    private static final int MAX_ID_DIGITS = 18;

    private PathIds() {
    }

    public static Optional<Long> parse(String id) {
        boolean plainDigits = !id.isEmpty() && id.length() <= MAX_ID_DIGITS
                && id.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!plainDigits) {
            return Optional.empty();
        }
        long value = Long.parseLong(id);
        return value > 0 ? Optional.of(value) : Optional.empty();
    }
}
