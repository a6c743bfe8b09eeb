package ai.assistants.domain.validation.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * No item of a list equals an earlier one; the later occurrence is reported. Items that are
 * {@link Keyed} are compared by their key, and the duplicate is reported on the key's field.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DistinctValidator.class)
public @interface Distinct {

    String message() default "DUPLICATE";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** An item that is unique by one of its fields rather than as a whole. */
    interface Keyed {

        /** The value that must be unique, or {@code null} when absent (never a duplicate). */
        Object key();

        /** The record component {@link #key()} reads, where a duplicate is reported. */
        String keyProperty();
    }
}
