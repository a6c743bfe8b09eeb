package ai.assistants.domain.reference;

/** One of the caller's phone numbers; {@code inboundAssistantId} is the inbound assistant holding it, or {@code null}. */
public record PhoneNumberFacts(long id, PhoneNumberType type, Long inboundAssistantId) {
}
