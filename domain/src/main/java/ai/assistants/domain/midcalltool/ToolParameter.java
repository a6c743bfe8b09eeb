package ai.assistants.domain.midcalltool;

import ai.assistants.domain.validation.constraint.CodePoints;
import ai.assistants.domain.validation.constraint.Distinct;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** One value the model supplies when it calls a tool; an endpoint's {@code {name}} placeholder names one. */
public record ToolParameter(
        @NotBlank @CodePoints(min = 2, max = 32) @Pattern(regexp = "[A-Za-z][A-Za-z_]*") String name,
        @NotNull ParameterType type,
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
