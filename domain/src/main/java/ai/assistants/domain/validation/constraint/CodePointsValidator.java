package ai.assistants.domain.validation.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class CodePointsValidator implements ConstraintValidator<CodePoints, Object> {

    private int min;
    private int max;

    @Override
    public void initialize(CodePoints annotation) {
        min = annotation.min();
        max = annotation.max();
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (!(value instanceof CharSequence text) || Text.isMissing(text)) {
            return true;
        }
        // Every code point takes one or two UTF-16 units: most texts are judged without counting.
        if (text.length() <= max && text.length() / 2 >= min) {
            return true;
        }
        if (text.length() / 2 > max) {
            return false;
        }
        int length = Text.length(text);
        return length >= min && length <= max;
    }
}
