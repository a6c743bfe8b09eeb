package ai.assistants.domain.validation.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

public class TimeZoneIdValidator implements ConstraintValidator<TimeZoneId, String> {

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
