package ai.assistants.domain.midcalltool;

import ai.assistants.domain.code.ContractCode;

/** The kind of value the model fills a mid-call tool's parameter with. */
public enum ParameterType implements ContractCode {
    STRING, NUMBER, BOOLEAN
}
