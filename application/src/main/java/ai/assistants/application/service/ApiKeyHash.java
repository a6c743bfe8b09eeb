package ai.assistants.application.service;

/**
 * How an API key is stored: the lowercase hex SHA-256 of its UTF-8 bytes. A plain, unsalted hash
 * is enough because keys are long random secrets, and it lets storage find a key by equality.
 * Demo-data migrations and tests compute stored hashes with this same method.
 */
public final class ApiKeyHash {

    private ApiKeyHash() {
    }

    public static String of(String rawApiKey) {
        return Sha256Hex.of(rawApiKey);
    }
}
