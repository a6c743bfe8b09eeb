package ai.assistants.domain.validation.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Prompt variables: at most {@code maxEntries}; keys matching {@code keyPattern}; values text (at most {@code maxTextLength}), numbers or booleans. */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PromptVariablesValidator.class)
public @interface PromptVariables {

    String message() default "TOO_MANY|{maxEntries}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int maxEntries();

    String keyPattern();

    long maxTextLength();
}
