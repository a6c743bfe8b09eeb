package ai.assistants.domain.validation.constraint;

/** The contract's notions of "absent" and "length". */
public final class Text {

    private Text() {
    }

    /** Absent, {@code null}, or only whitespace: what "required" rejects and every other rule lets pass. */
    public static boolean isMissing(Object value) {
        return value == null || value instanceof CharSequence text && text.toString().isBlank();
    }

    /** Lengths count Unicode code points, so an emoji is one character, not two. */
    public static int length(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }
}
