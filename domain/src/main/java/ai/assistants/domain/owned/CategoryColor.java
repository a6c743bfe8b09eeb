package ai.assistants.domain.owned;

import ai.assistants.domain.code.ContractCode;

/** The colors a folder or a label may be shown in. */
public enum CategoryColor implements ContractCode {
    GRAY, SLATE, RED, ORANGE, AMBER, GREEN, TEAL, BLUE, PURPLE, PINK
}
