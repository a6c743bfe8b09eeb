package ai.assistants.domain.engine;

public enum EngineMode {
    PIPELINE, MULTIMODAL, DUALPLEX;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
