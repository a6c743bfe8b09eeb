package ai.assistants.domain.midcalltool;

import ai.assistants.domain.code.ContractCode;

/** How a mid-call tool's endpoint is called; the contract names these in upper case, as HTTP does. */
public enum HttpMethod implements ContractCode {
    GET, POST, PUT, PATCH, DELETE;

    @Override
    public String code() {
        return name();
    }
}
