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

/** A prompt variable's value: text, a finite number or a boolean. */
@Documented
@Target({ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PromptValue.Validator.class)
public @interface PromptValue {

    String message() default "WRONG_KIND";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Judges a value against its {@code @PromptValue}. */
    class Validator implements ConstraintValidator<PromptValue, Object> {

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            return value == null || value instanceof CharSequence || value instanceof Boolean
                    || value instanceof Number number && isFinite(number);
        }

        private static boolean isFinite(Number number) {
            return !(number instanceof Double || number instanceof Float) || Double.isFinite(number.doubleValue());
        }
    }
}
