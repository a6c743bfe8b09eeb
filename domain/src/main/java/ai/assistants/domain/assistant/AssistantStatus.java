package ai.assistants.domain.assistant;

public enum AssistantStatus {
    INACTIVE, ACTIVE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
