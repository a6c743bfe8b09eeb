package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.constraint.CodePoints;
import ai.assistants.domain.validation.constraint.Distinct;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** One answer the post-call evaluation extracts; names are unique within a schema. */
public record PostCallField(
        @NotBlank @CodePoints(min = 3, max = 16) @Pattern(regexp = "[a-z0-9_]*") String name,
        @NotNull PostCallFieldType type,
        @NotBlank @CodePoints(min = 3, max = 255) String description) implements Distinct.Keyed {

    @Override
    public Object key() {
        return name;
    }

    @Override
    public String keyProperty() {
        return "name";
    }
}
