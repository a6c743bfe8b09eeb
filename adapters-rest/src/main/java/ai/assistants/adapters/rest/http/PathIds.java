package ai.assistants.adapters.rest.http;

import java.util.OptionalLong;

/** A resource id in a path: a positive integer of plain digits; anything else names nothing (404). */
public final class PathIds {

    private static final int MAX_ID_DIGITS = 18;

    private PathIds() {
    }

    public static OptionalLong parse(String id) {
        boolean plainDigits = id != null && !id.isEmpty() && id.length() <= MAX_ID_DIGITS
                && id.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!plainDigits) {
            return OptionalLong.empty();
        }
        long value = Long.parseLong(id);
        return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
    }
}
