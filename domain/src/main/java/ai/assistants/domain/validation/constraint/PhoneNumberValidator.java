package ai.assistants.domain.validation.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.regex.Pattern;

public class PhoneNumberValidator implements ConstraintValidator<PhoneNumber, String> {

    private static final Pattern E164 = Pattern.compile("\\+[0-9]{7,15}");

    public static boolean isE164(String value) {
        return value.length() <= 16 && E164.matcher(value).matches();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return Text.isMissing(value) || isE164(value);
    }
}
