package ai.assistants.domain.assistant;

import ai.assistants.domain.code.ContractCode;

/** The kind of value a post-call field holds. */
public enum PostCallFieldType implements ContractCode {
    STRING, NUMBER, BOOL
}
