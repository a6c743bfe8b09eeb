package ai.assistants.domain.validation.constraint;

import java.lang.reflect.RecordComponent;

/** A declared rule's bound, read from its annotation so that code outside the rule cannot drift from it. */
public final class Limits {

    private Limits() {
    }

    /** The {@link ItemList#max()} declared on {@code component} of {@code recordType}. */
    public static int maxItems(Class<? extends Record> recordType, String component) {
        for (RecordComponent candidate : recordType.getRecordComponents()) {
            ItemList rule = candidate.getAnnotation(ItemList.class);
            if (candidate.getName().equals(component) && rule != null) {
                return rule.max();
            }
        }
        throw new IllegalArgumentException(recordType.getSimpleName() + "." + component + " declares no @ItemList");
    }
}
