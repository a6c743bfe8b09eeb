package ai.assistants.domain.validation.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class RequiredWithValidator implements ConstraintValidator<RequiredWith, Object> {

    private String field;
    private String other;

    @Override
    public void initialize(RequiredWith annotation) {
        field = annotation.field();
        other = annotation.other();
    }

    @Override
    public boolean isValid(Object bean, ConstraintValidatorContext context) {
        if (bean == null || Text.isMissing(Properties.read(bean, other))
                || !Text.isMissing(Properties.read(bean, field))) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
