package ai.assistants.domain.assistant;

public enum EndpointType {
    VAD, AI;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
