package ai.assistants.domain.assistant;

/** New, unsaved assistants for tests of the rings that store and render them. */
public final class Assistants {

    private Assistants() {
    }

    /** An assistant with every field set ({@link AssistantProfiles#full()}). */
    public static Assistant newAssistant(AccountId owner) {
        return newAssistant(owner, AssistantProfiles.full());
    }

    public static Assistant newAssistant(AccountId owner, AssistantProfile profile) {
        return Assistant.createNew(owner, profile);
    }
}
