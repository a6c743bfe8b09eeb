package ai.assistants.domain.assistant;

import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.validation.constraint.Codes;

import java.util.Optional;

/** The draft's engine mode and type, when they are valid codes. */
final class Modes {

    private Modes() {
    }

    static Optional<EngineMode> mode(AssistantDraft draft) {
        return draft.mode() == null ? Optional.empty() : Codes.parse(EngineMode.class, draft.mode());
    }

    static boolean isInbound(AssistantDraft draft) {
        return AssistantType.INBOUND.code().equals(draft.type());
    }
}
