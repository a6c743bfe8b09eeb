package ai.assistants.domain.owned;

import ai.assistants.domain.code.ContractCode;

/** How far a knowledge base's documents are processed; one without documents is {@link #EMPTY}. */
public enum KnowledgebaseStatus implements ContractCode {
    EMPTY("Empty"),
    PROCESSING("Processing"),
    ACTIVE("Active"),
    FAILED("Failed");

    private final String label;

    KnowledgebaseStatus(String label) {
        this.label = label;
    }

    /** The contract's {@code status_label}. */
    public String label() {
        return label;
    }
}
