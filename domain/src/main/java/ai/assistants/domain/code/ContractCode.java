package ai.assistants.domain.code;

import java.util.Locale;

/**
 * An enum the contract names by a lowercase code ({@code CROWDED_ROOM} is {@code crowded_room}):
 * the one rule every reader, writer and store of such a value follows.
 */
public interface ContractCode {

    /** Supplied by {@link Enum#name()}. */
    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
