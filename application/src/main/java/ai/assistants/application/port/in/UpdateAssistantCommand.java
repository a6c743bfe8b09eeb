package ai.assistants.application.port.in;

import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantStatus;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Violations;

import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A partial change of one of the caller's assistants. A field is absent (not in {@code sent}: the
 * stored value stays), sent as {@code null} (back to what a create gives when it is absent), or sent
 * with a value; lists and maps sent replace the stored ones whole.
 *
 * @param proposal     the values sent, in the profile's shape, given the assistant as stored when the
 *                     change starts (so that what a client sends back as it was shown, a masked
 *                     secret, can mean the stored value); what was not sent is ignored
 * @param sent         the paths of the fields the request named, whatever their value
 * @param status       the status sent, or {@code null}; whether it was sent is in {@code sent}
 * @param unreadable   what the reader of the request could not put into the proposal
 * @param precondition what the stored assistant must satisfy for the change to apply (the client's
 *                     {@code If-Match}); judged on the assistant as stored when the change starts
 */
public record UpdateAssistantCommand(AccountId caller, AssistantId id, Function<Assistant, AssistantProfile> proposal,
                                     Set<FieldPath> sent, AssistantStatus status, Violations unreadable,
                                     Predicate<Assistant> precondition) {

    /** A change whose values do not depend on the stored assistant. */
    public UpdateAssistantCommand(AccountId caller, AssistantId id, AssistantProfile proposal, Set<FieldPath> sent,
                                  AssistantStatus status, Violations unreadable, Predicate<Assistant> precondition) {
        this(caller, id, stored -> proposal, sent, status, unreadable, precondition);
    }

    public UpdateAssistantCommand {
        sent = Set.copyOf(sent);
        unreadable = unreadable == null ? new Violations() : unreadable;
        precondition = precondition == null ? assistant -> true : precondition;
    }
}
