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
import java.util.List;
import java.util.Locale;

/** An absolute URL with a host, in one of {@code schemes}. */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WebUrl.Validator.class)
public @interface WebUrl {

    String message() default "URL";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    String[] schemes() default {"http", "https"};

    /** Whether {@code {name}} placeholders may stand in the URL; each is judged as one plain character would be. */
    boolean placeholders() default false;

    /** Judges a value against its {@code @WebUrl}. */
    class Validator implements ConstraintValidator<WebUrl, String> {

        private List<String> schemes;
        private boolean placeholders;

        @Override
        public void initialize(WebUrl annotation) {
            schemes = List.of(annotation.schemes());
            placeholders = annotation.placeholders();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (Text.isMissing(value)) {
                return true;
            }
            return WebUrls.parse(placeholders ? WebUrls.withoutPlaceholders(value) : value)
                    .filter(uri -> schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT)))
                    .isPresent();
        }
    }
}
