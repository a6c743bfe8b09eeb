package ai.assistants.domain.validation.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class LengthBetweenValidator implements ConstraintValidator<LengthBetween, CharSequence> {

    private long min;
    private long max;

    @Override
    public void initialize(LengthBetween annotation) {
        min = annotation.min();
        max = annotation.max();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (Text.isMissing(value)) {
            return true;
        }
        int length = Text.length(value);
        return length >= min && length <= max;
    }
}
