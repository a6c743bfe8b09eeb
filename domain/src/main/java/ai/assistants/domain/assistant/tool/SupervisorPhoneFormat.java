package ai.assistants.domain.assistant.tool;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A warm transfer's supervisor is an E.164 number, or a SIP address or extension when {@code custom_sip} is true. */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SupervisorPhoneFormatValidator.class)
public @interface SupervisorPhoneFormat {

    String message() default "PHONE";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
