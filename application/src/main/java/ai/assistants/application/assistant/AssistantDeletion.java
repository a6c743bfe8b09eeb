package ai.assistants.application.assistant;

import java.util.List;

/**
 * What became of a request to delete one of the caller's assistants. Shared by the use case and
 * the repository port: storage decides it, under the row lock, so the use case has nothing to add.
 */
public sealed interface AssistantDeletion {

    /** Gone, with its inbound phone number freed and its own transfer targets forgotten. */
    record Deleted() implements AssistantDeletion {
    }

    /** Not among the caller's assistants: unknown, deleted before, or another account's. */
    record NotFound() implements AssistantDeletion {
    }

    /** Kept, because these other assistants name it in an {@code assistant_transfer} tool; ids ascending. */
    record TransferTargetOfOthers(List<Long> referrerIds) implements AssistantDeletion {

        public TransferTargetOfOthers {
            referrerIds = List.copyOf(referrerIds);
            if (referrerIds.isEmpty()) {
                throw new IllegalArgumentException("A refusal names at least one referring assistant");
            }
        }
    }
}
