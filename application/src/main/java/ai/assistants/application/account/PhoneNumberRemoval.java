package ai.assistants.application.account;

import java.util.List;

/** What became of an operator's request to take a number away. Storage decides it, under the row's lock. */
public sealed interface PhoneNumberRemoval {

    record Removed() implements PhoneNumberRemoval {
    }

    record NotFound() implements PhoneNumberRemoval {
    }

    /** Kept, because these assistants use it (as their number or a warm transfer's outbound number); ids ascending. */
    record InUse(List<Long> assistantIds) implements PhoneNumberRemoval {

        public InUse {
            assistantIds = List.copyOf(assistantIds);
        }
    }
}
