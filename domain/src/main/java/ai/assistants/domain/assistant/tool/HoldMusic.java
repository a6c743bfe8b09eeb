package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.ContractCode;

public enum HoldMusic implements ContractCode {
    HOLD_MUSIC, NONE
}
