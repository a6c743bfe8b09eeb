package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.FieldPath;

import java.util.function.Function;

/**
 * A field of a profile (or of a part of it) that a rule refers to: where it is reported and how it
 * is read, declared together once in {@link ProfileFields}, so rules never name a field by a string.
 */
record ProfileField<R, T>(FieldPath path, Function<R, T> read) {

    T of(R record) {
        return read.apply(record);
    }

    /** The field's path inside the part found at {@code parent}: {@code tools.2.customCallerId}. */
    FieldPath pathIn(FieldPath parent) {
        return parent.append(path);
    }
}
