package ai.assistants.domain.validation.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A number within an inclusive range. */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BetweenValidator.class)
public @interface Between {

    String message() default "BETWEEN|{min}|{max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Written as the message prints it ({@code "0.7"}). */
    String min();

    String max();
}
