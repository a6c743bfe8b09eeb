package ai.assistants.domain.midcalltool;

import ai.assistants.domain.validation.constraint.CodePoints;
import ai.assistants.domain.validation.constraint.Distinct;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.util.Locale;

/**
 * A header sent with every call of a tool's endpoint. The name is an HTTP token, unique ignoring case
 * (as HTTP compares them), and not one of those the HTTP client itself must write. The value may be a
 * credential: it is returned as stored but never logged, so {@link #toString()} leaves it out.
 */
public record ToolHeader(
        @NotBlank @CodePoints(max = 255)
        @Pattern(regexp = "(?!(host|content-length|transfer-encoding|connection)$)[!#$%&'*+.^_`|~0-9a-z-]+",
                flags = Pattern.Flag.CASE_INSENSITIVE)
        String name,
        @NotBlank @CodePoints(max = 4096) @Pattern(regexp = "[^\\r\\n\\x00]*") String value) implements Distinct.Keyed {

    @Override
    public Object key() {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String keyProperty() {
        return "name";
    }

    @Override
    public String toString() {
        return "ToolHeader[name=" + name + ", value=****]";
    }
}
