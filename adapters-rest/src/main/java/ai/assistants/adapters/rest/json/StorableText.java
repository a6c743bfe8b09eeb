package ai.assistants.adapters.rest.json;

/**
 * Text every supported database stores exactly as sent. PostgreSQL refuses U+0000 in text and
 * JSON columns, and an unpaired surrogate (legal as a JSON escape, but not Unicode) would come
 * back as {@code ?}.
 */
final class StorableText {

    private StorableText() {
    }

    static boolean is(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
