package ai.assistants.domain.validation.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * No item of a list equals an earlier one; the later occurrence is reported. Items that are
 * {@link Keyed} are compared by their key, and the duplicate is reported on the key's field.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Distinct.Validator.class)
public @interface Distinct {

    String message() default "DUPLICATE";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** An item that is unique by one of its fields rather than as a whole. */
    interface Keyed {

        /** The value that must be unique, or {@code null} when absent (never a duplicate). */
        Object key();

        /** The record component {@link #key()} reads, where a duplicate is reported. */
        String keyProperty();
    }

    /** Judges a value against its {@code @Distinct}. */
    class Validator implements ConstraintValidator<Distinct, List<?>> {

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
}
