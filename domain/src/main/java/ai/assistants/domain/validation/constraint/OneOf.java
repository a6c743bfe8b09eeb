package ai.assistants.domain.validation.constraint;

import ai.assistants.domain.validation.ContractCode;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One of a fixed set of codes; with neither {@code value} nor {@code codesOf}, nothing is allowed. */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOfValidator.class)
public @interface OneOf {

    String message() default "NOT_ONE_OF";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    String[] value() default {};

    /** An enum whose constants' codes are the allowed values, so the set is written once. */
    Class<? extends ContractCode> codesOf() default NoCodes.class;

    /** The empty enum: no codes beyond {@link #value()}. */
    enum NoCodes implements ContractCode {
    }
}
