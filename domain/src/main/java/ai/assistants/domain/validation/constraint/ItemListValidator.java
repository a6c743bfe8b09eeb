package ai.assistants.domain.validation.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class ItemListValidator implements ConstraintValidator<ItemList, List<?>> {

    private ItemList rule;

    @Override
    public void initialize(ItemList annotation) {
        rule = annotation;
    }

    @Override
    public boolean isValid(List<?> list, ConstraintValidatorContext context) {
        if (list == null) {
            return true;
        }
        if (list.size() > rule.max()) {
            return false;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        Set<Object> seen = new HashSet<>();
        for (int index = 0; index < list.size(); index++) {
            Object item = list.get(index);
            if (item == null) {
                valid = report(context, index, "", Rule.REQUIRED.template());
                continue;
            }
            if (item instanceof CharSequence text && limitsLength() && !hasAllowedLength(text)) {
                valid = report(context, index, "",
                        Rule.LENGTH_BETWEEN.template(rule.minItemLength(), rule.maxItemLength()));
            }
            Object identity = rule.distinctBy().isEmpty() ? item : Properties.read(item, rule.distinctBy());
            boolean checksDistinct = rule.distinct() || !rule.distinctBy().isEmpty();
            if (checksDistinct && identity != null && !seen.add(identity)) {
                valid = report(context, index, rule.distinctBy(), Rule.DUPLICATE.template());
            }
        }
        return valid;
    }

    private boolean limitsLength() {
        return rule.minItemLength() > 0 || rule.maxItemLength() < Long.MAX_VALUE;
    }

    private boolean hasAllowedLength(CharSequence text) {
        // Every code point takes at most two UTF-16 units: a very long text is rejected without counting.
        if (text.length() / 2 > rule.maxItemLength()) {
            return false;
        }
        int length = Text.length(text);
        return length >= rule.minItemLength() && length <= rule.maxItemLength();
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
