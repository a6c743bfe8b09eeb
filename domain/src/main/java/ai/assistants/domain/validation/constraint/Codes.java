package ai.assistants.domain.validation.constraint;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The contract's codes of the domain's enums: each enum answers its own {@code code()}, and this
 * reads it, so a set of allowed values and the parsing of a valid one come from the same place.
 */
public final class Codes {

    private Codes() {
    }

    public static List<String> all(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::code).toList();
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> code(constant).equals(code)).findFirst();
    }

    private static String code(Enum<?> constant) {
        try {
            return String.valueOf(constant.getClass().getMethod("code").invoke(constant));
        } catch (ReflectiveOperationException | SecurityException noCode) {
            return constant.name();
        }
    }
}
