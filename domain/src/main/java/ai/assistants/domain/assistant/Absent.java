package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.constraint.Text;

import java.util.List;

/** What "absent" means when defaults are applied: {@code null}, or text of only whitespace. */
final class Absent {

    private Absent() {
    }

    static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    /** The text, or {@code null} when it is absent, so nothing blank is ever stored. */
    static String text(String value) {
        return Text.isMissing(value) ? null : value;
    }

    /** A list never sent stays {@code null}; one sent empty stays empty. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }
}
