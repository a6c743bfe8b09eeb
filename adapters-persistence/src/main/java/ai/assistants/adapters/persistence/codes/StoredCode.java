package ai.assistants.adapters.persistence.codes;

import ai.assistants.domain.code.ContractCode;
import ai.assistants.domain.code.Codes;

/**
 * Every enum is stored as the contract's code ({@code crowded_room}), in its own column or inside
 * JSON alike, so that stored data reads and queries like the API. Enum columns are plain strings in
 * the entities, converted here: EclipseLink cannot apply a generic AttributeConverter, and one
 * converter class per enum would repeat the same two lines for each.
 */
public final class StoredCode {

    private StoredCode() {
    }

    public static String of(ContractCode value) {
        return value == null ? null : value.code();
    }

    public static <E extends Enum<E> & ContractCode> E parse(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        return Codes.parse(type, code).orElseThrow(() ->
                new IllegalStateException("Stored " + type.getSimpleName() + " code is unknown: " + code));
    }
}
