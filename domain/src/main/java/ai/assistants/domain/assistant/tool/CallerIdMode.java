package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.code.ContractCode;

/** Whose number the supervisor sees during a warm transfer. */
public enum CallerIdMode implements ContractCode {
    OUTBOUND_NUMBER, CUSTOMER_NUMBER, CUSTOM
}
