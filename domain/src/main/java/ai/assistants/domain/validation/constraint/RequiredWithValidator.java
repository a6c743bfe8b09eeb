package ai.assistants.domain.validation.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class RequiredWithValidator implements ConstraintValidator<RequiredWith, Object> {

    private RequiredWith rule;

    @Override
    public void initialize(RequiredWith annotation) {
        rule = annotation;
    }

    @Override
    public boolean isValid(Object bean, ConstraintValidatorContext context) {
        if (bean == null || Text.isMissing(Properties.read(bean, rule.other()))
                || !Text.isMissing(Properties.read(bean, rule.field()))) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(rule.field()).addConstraintViolation();
        return false;
    }
}
