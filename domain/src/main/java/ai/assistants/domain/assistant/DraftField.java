package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.FieldPath;

import java.util.function.Function;

/**
 * A field of a draft (or of a part of it) that a rule refers to: where it is reported and how it
 * is read, declared together once in {@link DraftFields}, so rules never name a field by a string.
 */
record DraftField<R, T>(String property, Function<R, T> read) {

    T of(R record) {
        return read.apply(record);
    }

    FieldPath path() {
        return FieldPath.of(property);
    }

    /** The field's path inside the part found at {@code parent}: {@code tools.2.customCallerId}. */
    FieldPath pathIn(FieldPath parent) {
        return parent.property(property);
    }
}
