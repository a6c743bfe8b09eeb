package ai.assistants.domain.assistant;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What each engine mode requires and prohibits; see {@link EngineModeRulesValidator}. */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EngineModeRulesValidator.class)
public @interface EngineModeRules {

    String message() default "INVALID";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
