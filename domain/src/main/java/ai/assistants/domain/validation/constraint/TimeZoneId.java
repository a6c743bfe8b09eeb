package ai.assistants.domain.validation.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An IANA time zone database id ({@code Europe/Bucharest}, {@code UTC}); offsets such as {@code +02:00} are not ids. */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TimeZoneIdValidator.class)
public @interface TimeZoneId {

    String message() default "TIMEZONE";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
