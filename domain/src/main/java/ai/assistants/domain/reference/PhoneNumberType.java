package ai.assistants.domain.reference;

import ai.assistants.domain.code.ContractCode;

public enum PhoneNumberType implements ContractCode {
    NORMAL("Normal"), SIP("SIP"), CALLER_ID("Caller ID");

    private final String label;

    PhoneNumberType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
