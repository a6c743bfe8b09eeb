package ai.assistants.domain.validation.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class OneOfValidator implements ConstraintValidator<OneOf, String> {

    private Set<String> allowed;

    @Override
    public void initialize(OneOf annotation) {
        allowed = new HashSet<>(List.of(annotation.value()));
        allowed.addAll(Codes.all(annotation.codesOf()));
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return Text.isMissing(value) || allowed.contains(value);
    }
}
