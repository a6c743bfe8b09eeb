package ai.assistants.domain.validation.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class RequiredWhenValidator implements ConstraintValidator<RequiredWhen, Object> {

    private String field;
    private String other;
    private String value;

    @Override
    public void initialize(RequiredWhen annotation) {
        field = annotation.field();
        other = annotation.other();
        value = annotation.value();
    }

    @Override
    public boolean isValid(Object bean, ConstraintValidatorContext context) {
        if (bean == null) {
            return true;
        }
        Object otherValue = Properties.read(bean, other);
        if (otherValue == null || !value.equals(String.valueOf(otherValue))
                || !Text.isMissing(Properties.read(bean, field))) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
