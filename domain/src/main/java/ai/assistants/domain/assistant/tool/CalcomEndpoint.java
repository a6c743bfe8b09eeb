package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.code.ContractCode;

/** Which Cal.com API a calendar integration calls; {@code custom} names its own. */
public enum CalcomEndpoint implements ContractCode {
    US, EU, CUSTOM
}
