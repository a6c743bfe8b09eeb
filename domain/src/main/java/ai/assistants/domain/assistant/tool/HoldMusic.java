package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.code.ContractCode;

public enum HoldMusic implements ContractCode {
    HOLD_MUSIC, NONE
}
