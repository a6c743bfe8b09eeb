package ai.assistants.adapters.rest.assistant;

/** How a secret is shown back: enough to recognise it, never enough to use it. */
final class SecretMask {

    private static final String MASK = "****";
    private static final int SHOWN = 4;

    private SecretMask() {
    }

    /** {@code ****} and the last four characters; a secret that short is not shown at all. */
    static String mask(String secret) {
        if (secret == null) {
            return null;
        }
        int length = secret.codePointCount(0, secret.length());
        if (length <= SHOWN) {
            return MASK;
        }
        return MASK + secret.substring(secret.offsetByCodePoints(0, length - SHOWN));
    }
}
