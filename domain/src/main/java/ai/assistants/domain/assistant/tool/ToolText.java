package ai.assistants.domain.assistant.tool;

import ai.assistants.domain.validation.constraint.Text;

/** Blank text in a tool counts as absent, as everywhere else. */
final class ToolText {

    private ToolText() {
    }

    static String text(String value) {
        return Text.isMissing(value) ? null : value;
    }

    static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
