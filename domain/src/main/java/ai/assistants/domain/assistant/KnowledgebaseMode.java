package ai.assistants.domain.assistant;

public enum KnowledgebaseMode {
    FUNCTION_CALL, PROMPT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
