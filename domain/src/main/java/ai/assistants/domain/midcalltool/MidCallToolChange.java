package ai.assistants.domain.midcalltool;

import ai.assistants.domain.validation.FieldPath;

import java.util.Set;

/**
 * A partial change: the fields named in {@code sent} take their value from {@code values} (a
 * {@code null} there is what a create makes of an absent field: required, or the default), every
 * other field keeps the stored value; lists replace the stored ones whole.
 */
public record MidCallToolChange(MidCallToolDefinition values, Set<FieldPath> sent) {

    public MidCallToolChange {
        sent = Set.copyOf(sent);
    }

    public boolean isEmpty() {
        return sent.isEmpty();
    }

    MidCallToolDefinition applyTo(MidCallToolDefinition stored) {
        return new MidCallToolDefinition(
                pick(MidCallToolFields.NAME, stored), pick(MidCallToolFields.DESCRIPTION, stored),
                pick(MidCallToolFields.ENDPOINT, stored), pick(MidCallToolFields.METHOD, stored),
                pick(MidCallToolFields.TIMEOUT, stored), pick(MidCallToolFields.HEADERS, stored),
                pick(MidCallToolFields.SCHEMA, stored));
    }

    private <T> T pick(MidCallToolFields<T> field, MidCallToolDefinition stored) {
        return field.of(sent.contains(field.path()) ? values : stored);
    }
}
