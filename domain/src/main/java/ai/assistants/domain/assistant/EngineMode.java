package ai.assistants.domain.assistant;

public enum EngineMode {
    PIPELINE, MULTIMODAL, DUALPLEX;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
