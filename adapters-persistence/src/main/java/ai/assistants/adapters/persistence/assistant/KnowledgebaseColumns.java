package ai.assistants.adapters.persistence.assistant;

import ai.assistants.adapters.persistence.codes.KnowledgebaseModeConverter;
import ai.assistants.domain.assistant.KnowledgebaseMode;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

@Embeddable
public class KnowledgebaseColumns {

    @Column(name = "knowledgebase_id")
    private Long knowledgebaseId;

    @Convert(converter = KnowledgebaseModeConverter.class)
    @Column(name = "knowledgebase_mode")
    private KnowledgebaseMode mode;

    public Long getKnowledgebaseId() {
        return knowledgebaseId;
    }

    public void setKnowledgebaseId(Long knowledgebaseId) {
        this.knowledgebaseId = knowledgebaseId;
    }

    public KnowledgebaseMode getMode() {
        return mode;
    }

    public void setMode(KnowledgebaseMode mode) {
        this.mode = mode;
    }
}
