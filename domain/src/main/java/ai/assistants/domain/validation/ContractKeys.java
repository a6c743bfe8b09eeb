package ai.assistants.domain.validation;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * The contract's field keys: snake_case names, dots between levels, zero-based indexes and map
 * keys as segments ({@code tools.0.phone_number}, {@code variables.company_name}).
 */
public final class ContractKeys {

    private ContractKeys() {
    }

    /** The key of a violation found at {@code path} inside the value found at {@code prefix}. */
    public static String of(String prefix, Path path) {
        StringBuilder key = new StringBuilder(prefix);
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                append(key, String.valueOf(position));
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                append(key, snakeCase(node.getName()));
            }
        }
        return key.toString();
    }

    public static String child(String parent, String segment) {
        return parent.isEmpty() ? segment : parent + "." + segment;
    }

    public static String child(String parent, int index) {
        return child(parent, String.valueOf(index));
    }

    /** The key of {@code javaName}'s field next to {@code key}: {@code tools.0.caller_id_mode} beside {@code tools.0.custom_caller_id}. */
    public static String sibling(String key, String javaName) {
        int lastDot = key.lastIndexOf('.');
        return child(lastDot < 0 ? "" : key.substring(0, lastDot), snakeCase(javaName));
    }

    /** {@code isWebhookActive} → {@code is_webhook_active}. */
    public static String snakeCase(String javaName) {
        StringBuilder snake = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }

    private static void append(StringBuilder key, String segment) {
        if (!key.isEmpty()) {
            key.append('.');
        }
        key.append(segment);
    }
}
