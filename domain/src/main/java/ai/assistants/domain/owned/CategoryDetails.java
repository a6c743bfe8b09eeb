package ai.assistants.domain.owned;

import ai.assistants.domain.validation.constraint.CodePoints;
import jakarta.validation.constraints.NotBlank;

import java.util.Locale;

/**
 * What a caller says of a folder or a label. The name is unique among the account's folders (or
 * labels) ignoring case and surrounding spaces: {@link #normalizedName()} is what is compared.
 */
public record CategoryDetails(
        @NotBlank @CodePoints(max = 255) String name,
        CategoryColor color) {

    /** The name as it is kept: without surrounding white space. */
    public CategoryDetails {
        name = name == null ? null : name.strip();
    }

    /** The name as uniqueness compares it: stripped and in lower case. */
    public String normalizedName() {
        return name.toLowerCase(Locale.ROOT);
    }
}
