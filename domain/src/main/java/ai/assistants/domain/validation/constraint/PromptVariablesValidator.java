package ai.assistants.domain.validation.constraint;

import ai.assistants.domain.validation.Messages.ValueKind;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.Map;
import java.util.regex.Pattern;

public class PromptVariablesValidator implements ConstraintValidator<PromptVariables, Map<String, ?>> {

    private int maxEntries;
    private Pattern keyPattern;
    private long maxTextLength;

    @Override
    public void initialize(PromptVariables annotation) {
        maxEntries = annotation.maxEntries();
        keyPattern = Pattern.compile(annotation.keyPattern());
        maxTextLength = annotation.maxTextLength();
    }

    @Override
    public boolean isValid(Map<String, ?> variables, ConstraintValidatorContext context) {
        if (variables == null) {
            return true;
        }
        if (variables.size() > maxEntries) {
            return false;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        for (Map.Entry<String, ?> entry : variables.entrySet()) {
            String problem = problemOf(entry.getKey(), entry.getValue());
            if (problem != null) {
                context.buildConstraintViolationWithTemplate(problem)
                        .addBeanNode().inIterable().atKey(entry.getKey()).addConstraintViolation();
                valid = false;
            }
        }
        return valid;
    }

    /** The template of what is wrong with one entry, or {@code null}. */
    private String problemOf(String key, Object value) {
        if (key == null || !keyPattern.matcher(key).matches()) {
            return Rule.FORMAT.template();
        }
        if (value instanceof CharSequence text) {
            return text.length() <= maxTextLength || Text.length(text) <= maxTextLength
                    ? null : Rule.MAX_LENGTH.template(maxTextLength);
        }
        if (value instanceof Number number) {
            return Numbers.exact(number) == null ? Rule.WRONG_KIND.template(ValueKind.NUMBER) : null;
        }
        return value instanceof Boolean ? null : Rule.WRONG_KIND.template(ValueKind.STRING);
    }
}
