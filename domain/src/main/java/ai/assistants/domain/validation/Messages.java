package ai.assistants.domain.validation;

/**
 * The contract's validation messages, each written once. {@code key} is a violation's field
 * key ({@code tools.0.phone_number}); the message names it as the contract's attribute, with
 * {@code _} shown as a space ({@code tools.0.phone number}).
 */
public final class Messages {

    /** A JSON value kind as the contract names it in "must be a/an ..." messages. */
    public enum ValueKind {
        STRING("must be a string."),
        INTEGER("must be an integer."),
        NUMBER("must be a number."),
        BOOLEAN("must be true or false."),
        ARRAY("must be an array."),
        OBJECT("must be an object.");

        private final String phrase;

        ValueKind(String phrase) {
            this.phrase = phrase;
        }
    }

    /** The seed's own message, exact. */
    public static final String VOICE_NOT_COMPATIBLE = "The selected voice is not compatible with the chosen engine type.";
    public static final String SECONDARY_CONTAINS_PRIMARY =
            "The secondary language ids field must not contain the primary language.";
    public static final String KNOWLEDGEBASE_ID_REQUIRED_WITH_MODE =
            requiredWith("knowledgebase_id", "knowledgebase_mode");
    public static final String CALLER_ID_NOT_INBOUND = "Caller ID numbers cannot be assigned to inbound assistants.";
    public static final String PHONE_NUMBER_ALREADY_ASSIGNED =
            "The selected phone number is already assigned to another inbound assistant.";
    public static final String FILLERS_PIPELINE_ONLY = "Fillers are only available in pipeline mode.";

    private Messages() {
    }

    public static String attribute(String key) {
        return key.replace('_', ' ');
    }

    public static String required(String key) {
        return "The " + attribute(key) + " field is required.";
    }

    public static String wrongKind(String key, ValueKind expected) {
        return "The " + attribute(key) + " field " + expected.phrase;
    }

    public static String maxLength(String key, long max) {
        return "The " + attribute(key) + " field must not be greater than " + max + " characters.";
    }

    public static String between(String key, String min, String max) {
        return "The " + attribute(key) + " field must be between " + min + " and " + max + ".";
    }

    public static String invalidSelection(String key) {
        return "The selected " + attribute(key) + " is invalid.";
    }

    public static String requiredWhen(String key, String otherKey, String value) {
        return "The " + attribute(key) + " field is required when " + attribute(otherKey) + " is " + value + ".";
    }

    public static String requiredWith(String key, String otherKey) {
        return "The " + attribute(key) + " field is required when " + attribute(otherKey) + " is present.";
    }

    public static String prohibitedInMode(String key, String mode) {
        return "The " + attribute(key) + " field is prohibited when mode is " + mode + ".";
    }

    public static String lengthBetween(String key, long min, long max) {
        return "The " + attribute(key) + " field must be between " + min + " and " + max + " characters.";
    }

    /** The contract names the format but no message; this is the phrasing of the family's other formats. */
    public static String format(String key) {
        return "The " + attribute(key) + " field format is invalid.";
    }

    public static String phoneNumber(String key) {
        return "The " + attribute(key) + " field must be a valid E.164 phone number.";
    }

    public static String timezone(String key) {
        return "The " + attribute(key) + " field must be a valid timezone.";
    }

    public static String url(String key) {
        return "The " + attribute(key) + " field must be a valid URL.";
    }

    public static String duplicate(String key) {
        return "The " + attribute(key) + " field has a duplicate value.";
    }

    public static String tooManyItems(String key, int max) {
        return "The " + attribute(key) + " field must not have more than " + max + " items.";
    }

    public static String interruptionsRequired(String mode) {
        return "Interruptions cannot be disabled in " + mode + " mode.";
    }

    public static String functionCallOnly(String mode) {
        return "Only function_call mode is available for " + mode + " assistants.";
    }

    public static String notSupported(String key) {
        return "The " + attribute(key) + " field is not supported.";
    }
}
