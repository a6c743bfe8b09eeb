package ai.assistants.domain.assistant;

import jakarta.validation.Validation;

import java.time.Instant;

/** Assistants for tests of the rings that store and render them: new and unsaved, or as stored. */
public final class Assistants {

    private static final AssistantFactory FACTORY =
            new AssistantFactory(Validation.buildDefaultValidatorFactory().getValidator());
    private static final Instant CREATED = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant UPDATED = Instant.parse("2024-05-02T11:30:00Z");

    private Assistants() {
    }

    /** An assistant with every field set ({@link AssistantProfiles#full()}). */
    public static Assistant newAssistant(AccountId owner) {
        return newAssistant(owner, AssistantProfiles.full());
    }

    public static Assistant newAssistant(AccountId owner, AssistantProfile profile) {
        return Assistant.createNew(owner, profile);
    }

    /**
     * An assistant as storage gives it back, rebuilt by {@link AssistantFactory#reconstitute}, so
     * {@code profile} must keep the field rules.
     */
    public static Assistant stored(AssistantId id, AccountId owner, AssistantStatus status, AssistantProfile profile,
                                   Instant createdAt, Instant updatedAt) {
        return FACTORY.reconstitute(id, owner, status, profile, createdAt, updatedAt);
    }

    /** {@link #stored(AssistantId, AccountId, AssistantStatus, AssistantProfile, Instant, Instant)}, inactive, fixed times. */
    public static Assistant stored(AssistantId id, AccountId owner, AssistantProfile profile) {
        return stored(id, owner, AssistantStatus.INACTIVE, profile, CREATED, UPDATED);
    }
}
