package ai.assistants.adapters.rest.contract;

import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Violation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The contract's validation messages, one per rule, in one table. {@code attr} is the field's key
 * with {@code _} shown as a space ({@code tools.0.phone number}); arguments are the rule's own.
 */
public final class ValidationMessages {

    private static final Map<Rule, BiFunction<String, List<Object>, String>> MESSAGES = new EnumMap<>(Rule.class);

    static {
        message(Rule.REQUIRED, (attr, args) -> "The " + attr + " field is required.");
        message(Rule.WRONG_KIND, (attr, args) -> "The " + attr + " field " + kindPhrase((Rule.ValueKind) args.get(0)));
        message(Rule.NOT_SUPPORTED, (attr, args) -> "The " + attr + " field is not supported.");
        message(Rule.MAX_LENGTH, (attr, args) -> "The " + attr + " field must not be greater than " + args.get(0) + " characters.");
        message(Rule.LENGTH_BETWEEN, (attr, args) ->
                "The " + attr + " field must be between " + args.get(0) + " and " + args.get(1) + " characters.");
        message(Rule.BETWEEN, (attr, args) -> "The " + attr + " field must be between " + args.get(0) + " and " + args.get(1) + ".");
        message(Rule.AT_LEAST, (attr, args) -> "The " + attr + " field must be at least " + args.get(0) + ".");
        message(Rule.NOT_ONE_OF, (attr, args) -> "The selected " + attr + " is invalid.");
        message(Rule.UNKNOWN_REFERENCE, (attr, args) -> "The selected " + attr + " is invalid.");
        message(Rule.TIMEZONE, (attr, args) -> "The " + attr + " field must be a valid timezone.");
        message(Rule.URL, (attr, args) -> "The " + attr + " field must be a valid URL.");
        message(Rule.PHONE, (attr, args) -> "The " + attr + " field must be a valid E.164 phone number.");
        message(Rule.FORMAT, (attr, args) -> "The " + attr + " field format is invalid.");
        message(Rule.DUPLICATE, (attr, args) -> "The " + attr + " field has a duplicate value.");
        message(Rule.TOO_MANY, (attr, args) -> "The " + attr + " field must not have more than " + args.get(0) + " items.");
        message(Rule.REQUIRED_WHEN, (attr, args) ->
                "The " + attr + " field is required when " + attribute((FieldPath) args.get(0)) + " is " + args.get(1) + ".");
        message(Rule.REQUIRED_WITH, (attr, args) ->
                "The " + attr + " field is required when " + attribute((FieldPath) args.get(0)) + " is present.");
        message(Rule.PROHIBITED_IN_MODE, (attr, args) -> "The " + attr + " field is prohibited when mode is " + args.get(0) + ".");
        message(Rule.FILLERS_PIPELINE_ONLY, (attr, args) -> "Fillers are only available in pipeline mode.");
        message(Rule.INTERRUPTIONS_REQUIRED, (attr, args) -> "Interruptions cannot be disabled in " + args.get(0) + " mode.");
        message(Rule.FUNCTION_CALL_ONLY, (attr, args) -> "Only function_call mode is available for " + args.get(0) + " assistants.");
        message(Rule.VOICE_NOT_COMPATIBLE, (attr, args) -> "The selected voice is not compatible with the chosen engine type.");
        message(Rule.SECONDARY_CONTAINS_PRIMARY, (attr, args) ->
                "The secondary language ids field must not contain the primary language.");
        message(Rule.CALLER_ID_NOT_INBOUND, (attr, args) -> "Caller ID numbers cannot be assigned to inbound assistants.");
        message(Rule.PHONE_NUMBER_TAKEN, (attr, args) ->
                "The selected phone number is already assigned to another inbound assistant.");
        message(Rule.INBOUND_NEEDS_PHONE_NUMBER, (attr, args) ->
                "An inbound assistant needs a phone number before it can be activated.");
        message(Rule.TAKEN, (attr, args) -> "The " + attr + " has already been taken.");
        if (MESSAGES.size() != Rule.values().length) {
            throw new IllegalStateException("Every rule needs its message");
        }
    }

    private ValidationMessages() {
    }

    /** The contract's message for {@code violation}. */
    public static String of(Violation violation) {
        return MESSAGES.get(violation.rule()).apply(attribute(violation.path()), violation.arguments());
    }

    private static String attribute(FieldPath path) {
        return FieldKeys.of(path).replace('_', ' ');
    }

    private static String kindPhrase(Rule.ValueKind kind) {
        return switch (kind) {
            case STRING -> "must be a string.";
            case INTEGER -> "must be an integer.";
            case NUMBER -> "must be a number.";
            case BOOLEAN -> "must be true or false.";
            case ARRAY -> "must be an array.";
            case OBJECT -> "must be an object.";
        };
    }

    private static void message(Rule rule, BiFunction<String, List<Object>, String> render) {
        MESSAGES.put(rule, render);
    }
}
