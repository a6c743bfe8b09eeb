package ai.assistants.domain.validation.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class DistinctValidator implements ConstraintValidator<Distinct, List<?>> {

    @Override
    public boolean isValid(List<?> list, ConstraintValidatorContext context) {
        if (list == null || list.size() < 2) {
            return true;
        }
        Set<Object> seen = new HashSet<>();
        boolean valid = true;
        for (int index = 0; index < list.size(); index++) {
            Object item = list.get(index);
            Object identity = item instanceof Distinct.Keyed keyed ? keyed.key() : item;
            if (identity != null && !seen.add(identity)) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                    valid = false;
                }
                var violation = context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate());
                if (item instanceof Distinct.Keyed keyed) {
                    violation.addPropertyNode(keyed.keyProperty()).inIterable().atIndex(index).addConstraintViolation();
                } else {
                    violation.addBeanNode().inIterable().atIndex(index).addConstraintViolation();
                }
            }
        }
        return valid;
    }
}
