package ai.assistants.domain.reference;

import ai.assistants.domain.engine.EngineMode;

import java.util.Set;

public record VoiceFacts(long id, long languageId, Set<EngineMode> modes) {
}
