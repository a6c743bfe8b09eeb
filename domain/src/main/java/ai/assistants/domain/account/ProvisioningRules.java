package ai.assistants.domain.account;

import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.Violation;
import ai.assistants.domain.validation.Violations;
import ai.assistants.domain.validation.constraint.ConstraintCheck;
import jakarta.validation.Validator;

/**
 * Judges what an operator sends ({@link AccountDraft}, {@link ApiKeyDraft}, {@link PhoneNumberDraft})
 * by the constraints declared on it, together with what the reader could not read. A field already
 * refused by the reader (a number where text belongs) is not also reported as missing.
 */
public final class ProvisioningRules {

    private final ConstraintCheck constraints;

    public ProvisioningRules(Validator validator) {
        this.constraints = new ConstraintCheck(validator);
    }

    /**
     * @param unreadable what the reader refused, at the draft's paths
     * @throws InvalidAssistantException with every violation, when there is one
     */
    public <T extends Record> T check(T draft, Violations unreadable) {
        Violations found = new Violations().addAll(unreadable);
        for (Violation violation : constraints.check(draft)) {
            if (!unreadable.hasAtOrAbove(violation.path())) {
                found.add(violation);
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidAssistantException(found, draft);
        }
        return draft;
    }
}
