package ai.assistants.domain.assistant;

import java.util.List;

public record PostCallEvaluation(boolean postCallEvaluation, List<PostCallField> postCallSchema) {
}
