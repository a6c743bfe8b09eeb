package ai.assistants.domain.validation.constraint;

import ai.assistants.domain.validation.ContractKeys;
import ai.assistants.domain.validation.Messages;

import java.util.List;
import java.util.function.BiFunction;

/**
 * What a constraint found, as a message template the engine passes through untouched
 * ({@code MAX_LENGTH|255}). The contract's message needs the violation's full key, which only
 * the caller of the validator knows, so a template names the rule and its arguments and
 * {@link #message} turns it into the contract's text once the key is known.
 */
public enum Rule {
    REQUIRED((key, args) -> Messages.required(key)),
    REQUIRED_WHEN((key, args) -> Messages.requiredWhen(key, ContractKeys.sibling(key, args.get(0)), args.get(1))),
    REQUIRED_WITH((key, args) -> Messages.requiredWith(key, ContractKeys.sibling(key, args.get(0)))),
    MAX_LENGTH((key, args) -> Messages.maxLength(key, Long.parseLong(args.get(0)))),
    LENGTH_BETWEEN((key, args) -> Messages.lengthBetween(key, Long.parseLong(args.get(0)), Long.parseLong(args.get(1)))),
    BETWEEN((key, args) -> Messages.between(key, args.get(0), args.get(1))),
    INVALID((key, args) -> Messages.invalidSelection(key)),
    WRONG_KIND((key, args) -> Messages.wrongKind(key, Messages.ValueKind.valueOf(args.get(0)))),
    TIMEZONE((key, args) -> Messages.timezone(key)),
    URL((key, args) -> Messages.url(key)),
    PHONE((key, args) -> Messages.phoneNumber(key)),
    FORMAT((key, args) -> Messages.format(key)),
    DUPLICATE((key, args) -> Messages.duplicate(key)),
    TOO_MANY((key, args) -> Messages.tooManyItems(key, Integer.parseInt(args.get(0)))),
    PROHIBITED_IN_MODE((key, args) -> Messages.prohibitedInMode(key, args.get(0))),
    FILLERS_PIPELINE_ONLY((key, args) -> Messages.FILLERS_PIPELINE_ONLY),
    INTERRUPTIONS_REQUIRED((key, args) -> Messages.interruptionsRequired(args.get(0))),
    FUNCTION_CALL_ONLY((key, args) -> Messages.functionCallOnly(args.get(0)));

    private static final String SEPARATOR = "|";

    /** The contract's message from the violation's key and the template's arguments. */
    private final BiFunction<String, List<String>, String> render;

    Rule(BiFunction<String, List<String>, String> render) {
        this.render = render;
    }

    /** The template for this rule; arguments must be free of the engine's {@code { } $ \} markers. */
    public String template(Object... args) {
        StringBuilder template = new StringBuilder(name());
        for (Object arg : args) {
            template.append(SEPARATOR).append(arg);
        }
        return template.toString();
    }

    /**
     * The contract's message for a violation of {@code key} whose (interpolated) message is
     * {@code template}. A template that names no rule is a programming error, but bad input
     * must never surface as an exception, so it reads as an invalid value.
     */
    public static String message(String key, String template) {
        List<String> parts = List.of(template.split("\\" + SEPARATOR, -1));
        try {
            return valueOf(parts.get(0)).render.apply(key, parts.subList(1, parts.size()));
        } catch (IllegalArgumentException | IndexOutOfBoundsException unknownTemplate) {
            return Messages.invalidSelection(key);
        }
    }
}
