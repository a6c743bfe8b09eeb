package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.constraint.Distinct;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

public record PostCallEvaluation(
        Boolean postCallEvaluation,
        @Size(max = 20) @Distinct List<@NotNull @Valid PostCallField> postCallSchema) {

    public static final PostCallEvaluation DEFAULTS = new PostCallEvaluation(true, null);
    static final PostCallEvaluation NONE = new PostCallEvaluation(null, null);

    PostCallEvaluation withDefaults() {
        return new PostCallEvaluation(Absent.or(postCallEvaluation, DEFAULTS.postCallEvaluation), Absent.copy(postCallSchema));
    }
}
