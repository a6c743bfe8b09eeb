package ai.assistants.domain.validation.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A mid-call tool's name, which the model calls it by: lowercase letters and underscores, starting
 * with a letter. Its own rule rather than a plain format, because the contract gives it its own words.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = "[a-z][a-z_]*")
@ReportAsSingleViolation
public @interface MidCallToolName {

    String message() default "MID_CALL_TOOL_NAME";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
