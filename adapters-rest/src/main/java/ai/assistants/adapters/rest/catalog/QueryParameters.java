package ai.assistants.adapters.rest.catalog;

import ai.assistants.adapters.rest.http.ApiException;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Violations;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads look-up filters. An empty value means no filter; a value that names nothing is a 422 on
 * that parameter. All of a request's parameters are read before {@link #requireValid()} reports
 * every bad one together.
 */
final class QueryParameters {

    private final Violations violations = new Violations();

    <E extends Enum<E>> Optional<E> oneOf(String name, String value, Class<E> type, Function<E, String> code) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> chosen = Arrays.stream(type.getEnumConstants()).filter(e -> code.apply(e).equals(value)).findFirst();
        if (chosen.isEmpty()) {
            violations.add(FieldPath.root().key(name), Rule.NOT_ONE_OF);
        }
        return chosen;
    }

    Optional<Long> id(String name, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException notAnInteger) {
            violations.add(FieldPath.root().key(name), Rule.WRONG_KIND, Rule.ValueKind.INTEGER);
            return Optional.empty();
        }
    }

    void requireValid() {
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
    }
}
