package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.Distinct;
import ai.assistants.domain.validation.constraint.CodePoints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** One booking question a calendar integration asks the caller. */
public record BookingField(
        @NotBlank @CodePoints(max = 255) String slug,
        @NotBlank @CodePoints(max = 255) String type,
        @NotBlank @CodePoints(max = 255) String label,
        Boolean required,
        @Size(max = 50) List<@NotNull @CodePoints(min = 1, max = 255) String> options) implements Distinct.Keyed {

    @Override
    public Object key() {
        return slug;
    }

    @Override
    public String keyProperty() {
        return "slug";
    }

    BookingField copy() {
        return new BookingField(slug, type, label, required, options == null ? null : List.copyOf(options));
    }
}
