package ai.assistants.domain.account;

import ai.assistants.domain.validation.constraint.Between;
import ai.assistants.domain.validation.constraint.CodePoints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * An account as an operator asks for it. The limit is the plan's number of mid-call tools; absent,
 * the account gets {@link #DEFAULT_MID_CALL_TOOL_LIMIT}. The upper bound only keeps the number sane:
 * no plan offers more.
 */
public record AccountDraft(
        @NotBlank @CodePoints(max = 255) String name,
        @NotBlank @CodePoints(max = 255) @Pattern(regexp = AccountDraft.EMAIL) String email,
        @Between(min = "0", max = "10000") Long midCallToolLimit) {

    public static final long DEFAULT_MID_CALL_TOOL_LIMIT = 100;

    /** One {@code @}, something on each side and a dot in the domain, no whitespace: what mail can reach. */
    static final String EMAIL = "[^\\s@]+@[^\\s@.][^\\s@]*\\.[^\\s@]+";

    public long midCallToolLimitOrDefault() {
        return midCallToolLimit == null ? DEFAULT_MID_CALL_TOOL_LIMIT : midCallToolLimit;
    }
}
