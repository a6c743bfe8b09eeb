package ai.assistants.domain.assistant;

/** The account that owns assistants, phone numbers, mid-call tools and knowledge bases. */
public record AccountId(long value) {
}
