package ai.assistants.domain.validation.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A number within an inclusive range: the standard bounds, reported as one rule with both of them. */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@DecimalMin("0")
@DecimalMax("0")
@ReportAsSingleViolation
public @interface Between {

    String message() default "BETWEEN";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Written as the contract prints it ({@code "0.7"}). */
    @OverridesAttribute(constraint = DecimalMin.class, name = "value")
    String min();

    @OverridesAttribute(constraint = DecimalMax.class, name = "value")
    String max();
}
