package ai.assistants.domain.validation.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.math.BigDecimal;

public class BetweenValidator implements ConstraintValidator<Between, Number> {

    private BigDecimal min;
    private BigDecimal max;

    @Override
    public void initialize(Between annotation) {
        min = new BigDecimal(annotation.min());
        max = new BigDecimal(annotation.max());
    }

    @Override
    public boolean isValid(Number value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        BigDecimal number = Numbers.exact(value);
        return number != null && number.compareTo(min) >= 0 && number.compareTo(max) <= 0;
    }
}
