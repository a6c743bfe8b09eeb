package ai.assistants.application.port.in;

import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.midcalltool.MidCallToolDefinition;
import ai.assistants.domain.validation.Violations;

/**
 * @param unreadable what the reader of the request could not put into the proposal (wrong JSON
 *                   types, unknown fields or codes), reported with the proposal's own violations
 */
public record CreateMidCallToolCommand(AccountId caller, MidCallToolDefinition proposal, Violations unreadable) {

    public CreateMidCallToolCommand {
        unreadable = unreadable == null ? new Violations() : unreadable;
    }
}
