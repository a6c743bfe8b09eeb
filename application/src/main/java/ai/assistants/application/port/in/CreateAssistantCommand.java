package ai.assistants.application.port.in;

import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.AssistantDraft;
import ai.assistants.domain.validation.Violations;

/**
 * @param unreadable what the reader of the request could not put into the draft (wrong JSON
 *                   types, unknown fields), reported with the draft's own violations
 */
public record CreateAssistantCommand(AccountId caller, AssistantDraft draft, Violations unreadable) {
}
