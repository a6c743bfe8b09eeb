package ai.assistants.domain.validation.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class PromptValueValidator implements ConstraintValidator<PromptValue, Object> {

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        return value == null || value instanceof CharSequence || value instanceof Boolean
                || value instanceof Number number && Numbers.exact(number) != null;
    }
}
