package ai.assistants.domain.validation.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class MaxLengthValidator implements ConstraintValidator<MaxLength, CharSequence> {

    private long max;

    @Override
    public void initialize(MaxLength annotation) {
        max = annotation.max();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        // UTF-16 length bounds the code point count from above: a long text is rejected without counting.
        return value == null || value.length() <= max || Text.length(value) <= max;
    }
}
