package ai.assistants.domain.assistant;

import ai.assistants.domain.code.ContractCode;

public enum KnowledgebaseMode implements ContractCode {
    FUNCTION_CALL, PROMPT
}
