package ai.assistants.domain.validation.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.ZoneId;
import java.util.Set;

public class TimeZoneIdValidator implements ConstraintValidator<TimeZoneId, String> {

    // Region ids only: ZoneId.of would also take offsets (+02:00, UTC+2), which are not database ids.
    private static final Set<String> REGION_IDS = ZoneId.getAvailableZoneIds();

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return Text.isMissing(value) || REGION_IDS.contains(value);
    }
}
