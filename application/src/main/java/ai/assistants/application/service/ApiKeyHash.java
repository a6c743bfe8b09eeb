package ai.assistants.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How an API key is stored: the lowercase hex SHA-256 of its UTF-8 bytes. A plain, unsalted hash
 * is enough because keys are long random secrets, and it lets storage find a key by equality.
 * Demo-data migrations and tests compute stored hashes with this same method.
 */
public final class ApiKeyHash {

    private ApiKeyHash() {
    }

    public static String of(String rawApiKey) {
        return HexFormat.of().formatHex(sha256().digest(rawApiKey.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException(impossible);
        }
    }
}
