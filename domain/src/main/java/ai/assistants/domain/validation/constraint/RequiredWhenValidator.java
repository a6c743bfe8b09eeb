package ai.assistants.domain.validation.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class RequiredWhenValidator implements ConstraintValidator<RequiredWhen, Object> {

    private RequiredWhen rule;

    @Override
    public void initialize(RequiredWhen annotation) {
        rule = annotation;
    }

    @Override
    public boolean isValid(Object bean, ConstraintValidatorContext context) {
        if (bean == null) {
            return true;
        }
        Object other = Properties.read(bean, rule.other());
        if (other == null || !rule.value().equals(String.valueOf(other))
                || !Text.isMissing(Properties.read(bean, rule.field()))) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(rule.field()).addConstraintViolation();
        return false;
    }
}
