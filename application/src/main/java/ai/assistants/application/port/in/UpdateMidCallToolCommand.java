package ai.assistants.application.port.in;

import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.midcalltool.MidCallToolChange;
import ai.assistants.domain.midcalltool.MidCallToolId;
import ai.assistants.domain.validation.Violations;

/**
 * A partial change of one of the caller's tools: {@code change} tells the fields sent (a value or
 * {@code null}) from those absent, which keep their stored value.
 */
public record UpdateMidCallToolCommand(AccountId caller, MidCallToolId id, MidCallToolChange change,
                                       Violations unreadable) {

    public UpdateMidCallToolCommand {
        unreadable = unreadable == null ? new Violations() : unreadable;
    }
}
