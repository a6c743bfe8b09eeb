package ai.assistants.domain.reference;

import ai.assistants.domain.engine.EngineMode;

import java.util.Set;

public record ModelFacts(long id, ModelKind kind, Set<EngineMode> modes) {
}
