package ai.assistants.domain.validation.constraint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contract's codes of the domain's enums: each enum answers its own {@code code()}, and this
 * reads it, so a set of allowed values and the parsing of a valid one come from the same place.
 */
public final class Codes {

    // Codes are read reflectively, so each enum's are read once and then looked up.
    private static final ClassValue<Map<String, Enum<?>>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byCode = new LinkedHashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byCode.putIfAbsent(code((Enum<?>) constant), (Enum<?>) constant);
            }
            return byCode;
        }
    };

    private Codes() {
    }

    public static List<String> all(Class<? extends Enum<?>> type) {
        return List.copyOf(BY_CODE.get(type).keySet());
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        return Optional.ofNullable(type.cast(BY_CODE.get(type).get(code)));
    }

    private static String code(Enum<?> constant) {
        try {
            return String.valueOf(constant.getClass().getMethod("code").invoke(constant));
        } catch (ReflectiveOperationException | SecurityException noCode) {
            return constant.name();
        }
    }
}
