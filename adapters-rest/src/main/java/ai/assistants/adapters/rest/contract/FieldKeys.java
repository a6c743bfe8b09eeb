package ai.assistants.adapters.rest.contract;

import ai.assistants.domain.validation.FieldPath;

/**
 * The contract's field keys: snake_case names, dots between levels, zero-based indexes, and map
 * keys as the caller sent them ({@code tools.0.phone_number}, {@code variables.company_name}).
 */
public final class FieldKeys {

    private FieldKeys() {
    }

    /** The key of what the domain's {@code path} names. */
    public static String of(FieldPath path) {
        StringBuilder key = new StringBuilder();
        for (FieldPath.Segment segment : WireFields.toWire(path).segments()) {
            if (!key.isEmpty()) {
                key.append('.');
            }
            if (segment instanceof FieldPath.Property property) {
                appendSnakeCase(key, property.name());
            } else {
                key.append(segment);
            }
        }
        return key.toString();
    }

    /** {@code isWebhookActive} → {@code is_webhook_active}. */
    public static String snakeCase(String javaName) {
        return appendSnakeCase(new StringBuilder(javaName.length() + 4), javaName).toString();
    }

    private static StringBuilder appendSnakeCase(StringBuilder out, String javaName) {
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out;
    }
}
