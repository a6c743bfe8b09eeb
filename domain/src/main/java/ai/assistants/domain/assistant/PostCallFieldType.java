package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.ContractCode;

/** The kind of value a post-call field holds. */
public enum PostCallFieldType implements ContractCode {
    STRING, NUMBER, BOOL
}
