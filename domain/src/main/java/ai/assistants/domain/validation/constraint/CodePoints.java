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

/**
 * A text's length in Unicode code points, which {@code @Size} does not count (it counts UTF-16
 * units, so an emoji would be two). Values that are not text pass: prompt variables may be numbers.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CodePoints.Validator.class)
public @interface CodePoints {

    String message() default "CODE_POINTS";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int min() default 0;

    int max();

    /** Judges a value against its {@code @CodePoints}. */
    class Validator implements ConstraintValidator<CodePoints, Object> {

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
}
