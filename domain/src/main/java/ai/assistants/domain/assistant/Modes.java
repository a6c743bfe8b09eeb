package ai.assistants.domain.assistant;

import ai.assistants.domain.engine.EngineMode;

import java.util.Optional;

/** The proposal's engine mode and type, when it has them. */
final class Modes {

    private Modes() {
    }

    static Optional<EngineMode> mode(AssistantProfile profile) {
        return Optional.ofNullable(ProfileFields.MODE.of(profile));
    }

    static boolean isInbound(AssistantProfile profile) {
        return ProfileFields.TYPE.of(profile) == AssistantType.INBOUND;
    }
}
