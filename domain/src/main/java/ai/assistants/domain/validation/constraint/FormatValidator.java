package ai.assistants.domain.validation.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.regex.Pattern;

public class FormatValidator implements ConstraintValidator<Format, String> {

    private Pattern pattern;

    @Override
    public void initialize(Format annotation) {
        pattern = Pattern.compile(annotation.regexp());
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return Text.isMissing(value) || pattern.matcher(value).matches();
    }
}
