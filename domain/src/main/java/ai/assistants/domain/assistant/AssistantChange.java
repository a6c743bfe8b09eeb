package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.FieldPath;

import java.util.Set;

/**
 * What a partial update asks of a stored assistant.
 *
 * @param requested the stored profile with every field the request named replaced by the value sent,
 *                  {@code null} included; nothing else of it differs from the stored one
 * @param sent      the paths of the fields the request named; {@link AssistantFactory#STATUS} among them
 *                  when it names the status
 * @param status    the status sent; {@code null} when none was, or when {@code null} was
 */
public record AssistantChange(AssistantProfile requested, Set<FieldPath> sent, AssistantStatus status) {

    public AssistantChange {
        sent = Set.copyOf(sent);
    }

    boolean isSent(ProfileField<AssistantProfile, ?> field) {
        return sent.contains(field.path());
    }

    /** Whether the request asks for nothing at all ({@code {}}), which changes nothing, not even {@code updated_at}. */
    public boolean isEmpty() {
        return sent.isEmpty();
    }

    /** The status after the change: the one sent, a new assistant's for {@code null}, or the stored one. */
    AssistantStatus statusAfter(AssistantStatus stored) {
        if (!sent.contains(AssistantFactory.STATUS)) {
            return stored;
        }
        return status == null ? Assistant.STATUS_OF_A_NEW_ONE : status;
    }
}
