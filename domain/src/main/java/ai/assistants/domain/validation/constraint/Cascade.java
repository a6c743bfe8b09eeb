package ai.assistants.domain.validation.constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Check the constraints of this component's value too (each item of a list). Unlike
 * {@code @Valid}, {@link ConstraintCheck} does not descend into a list longer than its
 * {@link ItemList#max()}: the list is already rejected, and its items would only cost time
 * and flood the report.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Cascade {
}
