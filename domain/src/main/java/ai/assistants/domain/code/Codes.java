package ai.assistants.domain.code;


import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contract's codes of the domain's enums ({@link ContractCode}), so a set of allowed values and
 * the parsing of a valid one come from the same place.
 */
public final class Codes {

    // Each enum's codes are listed once, then looked up.
    private static final ClassValue<Map<String, Enum<?>>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byCode = new LinkedHashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byCode.putIfAbsent(((ContractCode) constant).code(), (Enum<?>) constant);
            }
            return byCode;
        }
    };

    private Codes() {
    }

    public static List<String> all(Class<? extends ContractCode> type) {
        return List.copyOf(BY_CODE.get(type).keySet());
    }

    public static <E extends Enum<E> & ContractCode> Optional<E> parse(Class<E> type, String code) {
        return Optional.ofNullable(type.cast(BY_CODE.get(type).get(code)));
    }
}
