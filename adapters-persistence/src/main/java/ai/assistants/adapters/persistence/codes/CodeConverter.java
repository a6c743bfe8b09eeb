package ai.assistants.adapters.persistence.codes;

import ai.assistants.domain.validation.ContractCode;
import ai.assistants.domain.validation.constraint.Codes;

/**
 * Stores an enum as the contract's code, so that the columns read like the API.
 * The converters implement AttributeConverter with concrete types themselves: EclipseLink does
 * not resolve the type arguments of a generic base class and would skip the conversion.
 */
final class CodeConverter {

    private CodeConverter() {
    }

    static String toCode(ContractCode value) {
        return value == null ? null : value.code();
    }

    static <E extends Enum<E> & ContractCode> E fromCode(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        return Codes.parse(type, code).orElseThrow(() ->
                new IllegalStateException("Stored " + type.getSimpleName() + " code is unknown: " + code));
    }
}
