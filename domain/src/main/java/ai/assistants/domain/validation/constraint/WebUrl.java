package ai.assistants.domain.validation.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An absolute URL with a host, in one of {@code schemes}. */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WebUrlValidator.class)
public @interface WebUrl {

    String message() default "URL";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    String[] schemes() default {"http", "https"};
}
