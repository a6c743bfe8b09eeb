package ai.assistants.domain.validation.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/** An IANA time zone database id ({@code Europe/Bucharest}, {@code UTC}); offsets such as {@code +02:00} are not ids. */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TimeZoneId.Validator.class)
public @interface TimeZoneId {

    String message() default "TIMEZONE";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Judges a value against its {@code @TimeZoneId}. */
    class Validator implements ConstraintValidator<TimeZoneId, String> {

        /**
         * The IANA database's ids as the JDK knows them. Region ids only: ZoneId.of would also take
         * offsets (+02:00, UTC+2), which are not database ids. The JDK still lists the SystemV zones,
         * which IANA removed in 2020b, and leaves out EST, MST and HST, which IANA still has (the JDK
         * treats them as deprecated short ids).
         */
        private static final Set<String> IANA_IDS = ianaIds();

        private static Set<String> ianaIds() {
            Set<String> ids = new HashSet<>();
            for (String id : ZoneId.getAvailableZoneIds()) {
                if (!id.startsWith("SystemV/")) {
                    ids.add(id);
                }
            }
            ids.addAll(Set.of("EST", "MST", "HST"));
            return Set.copyOf(ids);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Text.isMissing(value) || IANA_IDS.contains(value);
        }
    }
}
