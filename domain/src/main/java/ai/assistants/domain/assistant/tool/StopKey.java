package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.code.ContractCode;

/** The key that ends keypad input; its code is the key itself. */
public enum StopKey implements ContractCode {
    HASH("#"), STAR("*");

    private final String key;

    StopKey(String key) {
        this.key = key;
    }

    @Override
    public String code() {
        return key;
    }
}
