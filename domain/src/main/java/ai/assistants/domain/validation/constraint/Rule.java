package ai.assistants.domain.validation.constraint;

import ai.assistants.domain.validation.ContractKeys;
import ai.assistants.domain.validation.Messages;

import java.util.List;

/**
 * What a constraint found, as a message template the engine passes through untouched
 * ({@code MAX_LENGTH|255}). The contract's message needs the violation's full key, which only
 * the caller of the validator knows, so a template names the rule and its arguments and
 * {@link #message} turns it into the contract's text once the key is known.
 */
public enum Rule {
    REQUIRED {
        @Override
        String render(String key, List<String> args) {
            return Messages.required(key);
        }
    },
    REQUIRED_WHEN {
        @Override
        String render(String key, List<String> args) {
            return Messages.requiredWhen(key, ContractKeys.sibling(key, args.get(0)), args.get(1));
        }
    },
    REQUIRED_WITH {
        @Override
        String render(String key, List<String> args) {
            return Messages.requiredWith(key, ContractKeys.sibling(key, args.get(0)));
        }
    },
    MAX_LENGTH {
        @Override
        String render(String key, List<String> args) {
            return Messages.maxLength(key, Long.parseLong(args.get(0)));
        }
    },
    LENGTH_BETWEEN {
        @Override
        String render(String key, List<String> args) {
            return Messages.lengthBetween(key, Long.parseLong(args.get(0)), Long.parseLong(args.get(1)));
        }
    },
    BETWEEN {
        @Override
        String render(String key, List<String> args) {
            return Messages.between(key, args.get(0), args.get(1));
        }
    },
    INVALID {
        @Override
        String render(String key, List<String> args) {
            return Messages.invalidSelection(key);
        }
    },
    WRONG_KIND {
        @Override
        String render(String key, List<String> args) {
            return Messages.wrongKind(key, Messages.ValueKind.valueOf(args.get(0)));
        }
    },
    TIMEZONE {
        @Override
        String render(String key, List<String> args) {
            return Messages.timezone(key);
        }
    },
    URL {
        @Override
        String render(String key, List<String> args) {
            return Messages.url(key);
        }
    },
    PHONE {
        @Override
        String render(String key, List<String> args) {
            return Messages.phoneNumber(key);
        }
    },
    FORMAT {
        @Override
        String render(String key, List<String> args) {
            return Messages.format(key);
        }
    },
    DUPLICATE {
        @Override
        String render(String key, List<String> args) {
            return Messages.duplicate(key);
        }
    },
    TOO_MANY {
        @Override
        String render(String key, List<String> args) {
            return Messages.tooManyItems(key, Integer.parseInt(args.get(0)));
        }
    },
    PROHIBITED_IN_MODE {
        @Override
        String render(String key, List<String> args) {
            return Messages.prohibitedInMode(key, args.get(0));
        }
    },
    FILLERS_PIPELINE_ONLY {
        @Override
        String render(String key, List<String> args) {
            return Messages.FILLERS_PIPELINE_ONLY;
        }
    },
    INTERRUPTIONS_REQUIRED {
        @Override
        String render(String key, List<String> args) {
            return Messages.interruptionsRequired(args.get(0));
        }
    },
    FUNCTION_CALL_ONLY {
        @Override
        String render(String key, List<String> args) {
            return Messages.functionCallOnly(args.get(0));
        }
    };

    private static final String SEPARATOR = "|";

    abstract String render(String key, List<String> args);

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
            return valueOf(parts.get(0)).render(key, parts.subList(1, parts.size()));
        } catch (IllegalArgumentException | IndexOutOfBoundsException unknownTemplate) {
            return Messages.invalidSelection(key);
        }
    }
}
