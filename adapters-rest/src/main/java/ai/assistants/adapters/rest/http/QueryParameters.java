package ai.assistants.adapters.rest.http;

import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Violations;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads look-up filters and listing parameters. An empty value means the parameter was not sent; a
 * value that names nothing is a 422 on that parameter. All of a request's parameters are read
 * before {@link #requireValid()} reports every bad one together.
 */
public final class QueryParameters {

    /**
     * Decimal digits with an optional sign. Integers are 64-bit, as on the platform this API stands
     * in for: a longer run of digits is not an integer there either.
     */
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,19}");

    private final Violations violations = new Violations();

    public <E extends Enum<E>> Optional<E> oneOf(String name, String value, Class<E> type, Function<E, String> code) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> chosen = Arrays.stream(type.getEnumConstants()).filter(e -> code.apply(e).equals(value)).findFirst();
        if (chosen.isEmpty()) {
            violations.add(FieldPath.root().key(name), Rule.NOT_ONE_OF);
        }
        return chosen;
    }

    public Optional<Long> id(String name, String value) {
        return integer(name, value);
    }

    /** An integer no smaller than {@code min}; empty when not sent or refused. */
    public Optional<Long> integerAtLeast(String name, String value, long min) {
        Optional<Long> integer = integer(name, value);
        if (integer.isPresent() && integer.get() < min) {
            violations.add(FieldPath.root().key(name), Rule.AT_LEAST, min);
            return Optional.empty();
        }
        return integer;
    }

    /** An integer from {@code min} to {@code max}, both included; empty when not sent or refused. */
    public Optional<Long> integerBetween(String name, String value, long min, long max) {
        Optional<Long> integer = integer(name, value);
        if (integer.isPresent() && (integer.get() < min || integer.get() > max)) {
            violations.add(FieldPath.root().key(name), Rule.BETWEEN, min, max);
            return Optional.empty();
        }
        return integer;
    }

    public void requireValid() {
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
    }

    private Optional<Long> integer(String name, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (INTEGER.matcher(value).matches()) {
            try {
                return Optional.of(Long.parseLong(value));
            } catch (NumberFormatException beyondSixtyFourBits) {
                // Nineteen digits can still exceed a long; reported below like any other non-integer.
            }
        }
        violations.add(FieldPath.root().key(name), Rule.WRONG_KIND, Rule.ValueKind.INTEGER);
        return Optional.empty();
    }
}
