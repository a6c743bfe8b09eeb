package ai.assistants.domain.validation.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A list rule: at most {@code max} items (reported on the list, and then nothing else is checked, so an oversized list costs no per-item work), no {@code null} items, and optionally distinct items or text items of a bounded length. */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ItemListValidator.class)
public @interface ItemList {

    String message() default "TOO_MANY|{max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int max();

    /** Each item appears once; the later occurrence is the one reported. */
    boolean distinct() default false;

    /** Items are distinct by this component of theirs instead (reported on that component). */
    String distinctBy() default "";

    /** For lists of text: each item's length in code points. */
    long minItemLength() default 0;

    long maxItemLength() default Long.MAX_VALUE;
}
