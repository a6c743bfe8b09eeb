package ai.assistants.domain.validation.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class ItemListValidator implements ConstraintValidator<ItemList, List<?>> {

    // Read once: an annotation's attributes are answered through a proxy, on every call.
    private int max;
    private String distinctBy;
    private boolean checksDistinct;
    private long minItemLength;
    private long maxItemLength;
    private boolean limitsLength;

    @Override
    public void initialize(ItemList annotation) {
        max = annotation.max();
        distinctBy = annotation.distinctBy();
        checksDistinct = annotation.distinct() || !distinctBy.isEmpty();
        minItemLength = annotation.minItemLength();
        maxItemLength = annotation.maxItemLength();
        limitsLength = minItemLength > 0 || maxItemLength < Long.MAX_VALUE;
    }

    @Override
    public boolean isValid(List<?> list, ConstraintValidatorContext context) {
        if (list == null) {
            return true;
        }
        if (list.size() > max) {
            return false;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        Set<Object> seen = checksDistinct ? new HashSet<>() : null;
        for (int index = 0; index < list.size(); index++) {
            Object item = list.get(index);
            if (item == null) {
                valid = report(context, index, "", Rule.REQUIRED.template());
                continue;
            }
            if (item instanceof CharSequence text && limitsLength && !hasAllowedLength(text)) {
                valid = report(context, index, "", Rule.LENGTH_BETWEEN.template(minItemLength, maxItemLength));
            }
            if (checksDistinct) {
                Object identity = distinctBy.isEmpty() ? item : Properties.read(item, distinctBy);
                if (identity != null && !seen.add(identity)) {
                    valid = report(context, index, distinctBy, Rule.DUPLICATE.template());
                }
            }
        }
        return valid;
    }

    private boolean hasAllowedLength(CharSequence text) {
        // Every code point takes at most two UTF-16 units: a very long text is rejected without counting.
        if (text.length() / 2 > maxItemLength) {
            return false;
        }
        int length = Text.length(text);
        return length >= minItemLength && length <= maxItemLength;
    }

    /** Always {@code false}: the list is invalid once any item is reported. */
    private static boolean report(ConstraintValidatorContext context, int index, String component, String template) {
        var violation = context.buildConstraintViolationWithTemplate(template);
        if (component.isEmpty()) {
            violation.addBeanNode().inIterable().atIndex(index).addConstraintViolation();
        } else {
            violation.addPropertyNode(component).inIterable().atIndex(index).addConstraintViolation();
        }
        return false;
    }
}
