package ai.assistants.domain.assistant;

/** The knowledge base an assistant answers from, and how; both {@code null} when it has none. */
public record KnowledgebaseAttachment(Long knowledgebaseId, KnowledgebaseMode knowledgebaseMode) {

    public static final KnowledgebaseAttachment DEFAULTS = new KnowledgebaseAttachment(null, KnowledgebaseMode.FUNCTION_CALL);
    static final KnowledgebaseAttachment NONE = new KnowledgebaseAttachment(null, null);

    KnowledgebaseAttachment withDefaults() {
        return knowledgebaseId == null ? NONE
                : new KnowledgebaseAttachment(knowledgebaseId, Absent.or(knowledgebaseMode, DEFAULTS.knowledgebaseMode));
    }
}
