package ai.assistants.domain.validation.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.List;
import java.util.Locale;

public class WebUrlValidator implements ConstraintValidator<WebUrl, String> {

    private List<String> schemes;

    @Override
    public void initialize(WebUrl annotation) {
        schemes = List.of(annotation.schemes());
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (Text.isMissing(value)) {
            return true;
        }
        return WebUrls.parse(value)
                .filter(uri -> schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT)))
                .isPresent();
    }
}
