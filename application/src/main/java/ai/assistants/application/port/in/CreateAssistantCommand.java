package ai.assistants.application.port.in;

import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Violations;

import java.util.Set;

/**
 * A request for a new assistant. Each field is in one of three states: absent (not in
 * {@code sent}), sent as {@code null}, or sent with a value; a create treats the first two alike,
 * a change will not.
 *
 * @param proposal   the values sent, in the profile's shape
 * @param sent       the paths of the fields the request named, whatever their value
 * @param unreadable what the reader of the request could not put into the proposal (wrong JSON
 *                   types, unknown fields or codes), reported with the proposal's own violations
 */
public record CreateAssistantCommand(AccountId caller, AssistantProfile proposal, Set<FieldPath> sent,
                                     Violations unreadable) {

    public CreateAssistantCommand {
        sent = Set.copyOf(sent);
        unreadable = unreadable == null ? new Violations() : unreadable;
    }

    /** Whether the request named the field at {@code path}, as {@code null} or with a value. */
    public boolean isSent(FieldPath path) {
        return sent.contains(path);
    }
}
