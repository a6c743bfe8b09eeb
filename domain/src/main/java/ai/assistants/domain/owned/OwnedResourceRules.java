package ai.assistants.domain.owned;

import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.Violations;
import ai.assistants.domain.validation.constraint.ConstraintCheck;

/**
 * The field rules of what an account owns besides its assistants (knowledge bases, folders, labels):
 * the constraints declared on their details, reported together with what the reader found.
 */
public final class OwnedResourceRules {

    private final ConstraintCheck fieldRules;

    public OwnedResourceRules(jakarta.validation.Validator validator) {
        this.fieldRules = new ConstraintCheck(validator);
    }

    /**
     * @param unreadable what the reader found before the details existed (wrong JSON kinds, unknown keys)
     * @throws InvalidAssistantException with every violation, when there is any
     */
    public <T extends Record> T check(T details, Violations unreadable) {
        Violations all = new Violations().addAll(unreadable);
        fieldRules.check(details).stream().filter(violation -> !all.hasAtOrAbove(violation.path())).forEach(all::add);
        if (!all.isEmpty()) {
            throw new InvalidAssistantException(all, details);
        }
        return details;
    }
}
