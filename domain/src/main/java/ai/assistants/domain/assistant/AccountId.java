package ai.assistants.domain.assistant;

/** The account that owns assistants, phone numbers, mid-call tools and knowledge bases. */
public record AccountId(long value) {

    public AccountId {
        if (value <= 0) {
            throw new IllegalArgumentException("An id is a positive number: " + value);
        }
    }
}
