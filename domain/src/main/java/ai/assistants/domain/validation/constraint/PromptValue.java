package ai.assistants.domain.validation.constraint;

import jakarta.validation.Constraint;
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
@Constraint(validatedBy = PromptValueValidator.class)
public @interface PromptValue {

    String message() default "WRONG_KIND";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
