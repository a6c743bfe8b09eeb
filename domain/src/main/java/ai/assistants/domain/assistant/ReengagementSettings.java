package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.constraint.Between;
import ai.assistants.domain.validation.constraint.CodePoints;

public record ReengagementSettings(
        @Between(min = "7", max = "600") Long reengagementInterval,
        @CodePoints(max = 1000) String reengagementPrompt) {

    public static final ReengagementSettings DEFAULTS = new ReengagementSettings(30L, null);
    static final ReengagementSettings NONE = new ReengagementSettings(null, null);

    ReengagementSettings withDefaults() {
        return new ReengagementSettings(Absent.or(reengagementInterval, DEFAULTS.reengagementInterval),
                Absent.text(reengagementPrompt));
    }
}
