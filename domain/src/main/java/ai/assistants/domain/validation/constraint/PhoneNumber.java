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
import java.util.regex.Pattern;

/** An E.164 number: {@code +} and 7–15 digits. Blank text is absent, as for every rule but "required". */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PhoneNumber.Validator.class)
public @interface PhoneNumber {

    String message() default "PHONE";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Judges a value against its {@code @PhoneNumber}. */
    class Validator implements ConstraintValidator<PhoneNumber, String> {

        private static final Pattern E164 = Pattern.compile("\\+[0-9]{7,15}");

        public static boolean isE164(String value) {
            return value.length() <= 16 && E164.matcher(value).matches();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Text.isMissing(value) || isE164(value);
        }
    }
}
