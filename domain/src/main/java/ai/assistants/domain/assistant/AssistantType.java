package ai.assistants.domain.assistant;

public enum AssistantType {
    INBOUND, OUTBOUND;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
