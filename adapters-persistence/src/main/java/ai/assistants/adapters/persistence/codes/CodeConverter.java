package ai.assistants.adapters.persistence.codes;

import java.util.Locale;

/**
 * Stores an enum as the contract's lowercase code, so that the columns read like the API.
 * The converters implement AttributeConverter with concrete types themselves: EclipseLink does
 * not resolve the type arguments of a generic base class and would skip the conversion.
 */
final class CodeConverter {

    private CodeConverter() {
    }

    static String toCode(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E fromCode(Class<E> type, String code) {
        return code == null ? null : Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }
}
