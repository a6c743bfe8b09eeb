package ai.assistants.domain.assistant;

import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.reference.ReferencedIds;
import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.Violations;

/**
 * The only way to a new Assistant: checks a draft against every rule of the contract and,
 * when nothing is violated, applies the defaults.
 * TODO(issue 3): the rules.
 */
public final class AssistantFactory {

    private final jakarta.validation.Validator validator;

    public AssistantFactory(jakarta.validation.Validator validator) {
        this.validator = validator;
    }

    /** The ids {@code draft} refers to, for the look-ups that build its {@link ReferenceFacts}. */
    public ReferencedIds referencedIds(AssistantDraft draft) {
        throw new UnsupportedOperationException("issue 3");
    }

    /**
     * @param unreadable problems the reader found before the draft existed (wrong JSON types,
     *                   unknown fields); they are reported together with the draft's own, and a field
     *                   already reported there is not reported again
     * @throws InvalidAssistantException with every violation, when there is any
     */
    public Assistant createNew(AccountId owner, AssistantDraft draft, ReferenceFacts facts, Violations unreadable) {
        throw new UnsupportedOperationException("issue 3");
    }
}
