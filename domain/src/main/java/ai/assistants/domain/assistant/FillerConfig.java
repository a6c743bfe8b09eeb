package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.constraint.CodePoints;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Custom filler phrases per category; absent means the language defaults. */
public record FillerConfig(
        @Size(max = 20) List<@NotNull @CodePoints(min = 1, max = 50) String> positive,
        @Size(max = 20) List<@NotNull @CodePoints(min = 1, max = 50) String> negative,
        @Size(max = 20) List<@NotNull @CodePoints(min = 1, max = 50) String> question,
        @Size(max = 20) List<@NotNull @CodePoints(min = 1, max = 50) String> neutral) {

    FillerConfig copy() {
        return new FillerConfig(Absent.copy(positive), Absent.copy(negative), Absent.copy(question), Absent.copy(neutral));
    }
}
