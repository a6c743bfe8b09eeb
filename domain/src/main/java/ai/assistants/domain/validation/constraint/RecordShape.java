package ai.assistants.domain.validation.constraint;

import ai.assistants.domain.validation.ContractKeys;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ConstraintCheck} needs to know of a class: the order its components and their
 * rules are declared in, and which of them it descends into. Reflection copies its answers (and parses the
 * annotations again) on every call, so each class is read once.
 */
final class RecordShape {

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    /** A component whose value is checked too, with its contract key and, for a list, its item limit. */
    record Cascaded(Method accessor, String key, int maxItems) {

        /** The component's value, or {@code null} when it cannot be read. */
        Object read(Object bean) {
            try {
                return accessor.invoke(bean);
            } catch (ReflectiveOperationException | SecurityException unreadable) {
                return null;
            }
        }
    }

    private final boolean isRecord;
    // A HashMap, not Map.copyOf: a path's first node may have no name, and the lookup must take null.
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, List<Class<? extends Annotation>>> componentRules = new HashMap<>();
    private final List<Class<? extends Annotation>> classRules;
    private final List<Cascaded> cascaded;

    private RecordShape(Class<?> type) {
        isRecord = type.isRecord();
        List<Cascaded> descended = new ArrayList<>();
        RecordComponent[] components = isRecord ? type.getRecordComponents() : new RecordComponent[0];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            positions.putIfAbsent(component.getName(), i);
            componentRules.putIfAbsent(component.getName(), annotationTypes(component.getAnnotations()));
            if (component.isAnnotationPresent(Cascade.class)) {
                ItemList limit = component.getAnnotation(ItemList.class);
                descended.add(new Cascaded(component.getAccessor(), ContractKeys.snakeCase(component.getName()),
                        limit == null ? Integer.MAX_VALUE : limit.max()));
            }
        }
        cascaded = List.copyOf(descended);
        classRules = annotationTypes(type.getAnnotations());
    }

    private static List<Class<? extends Annotation>> annotationTypes(Annotation[] annotations) {
        return Arrays.stream(annotations).<Class<? extends Annotation>>map(Annotation::annotationType).toList();
    }

    static RecordShape of(Class<?> type) {
        return SHAPES.get(type);
    }

    /** The position of the component named {@code name}: 0 outside records, -1 for a name no component has. */
    int declarationIndex(String name) {
        if (!isRecord) {
            return 0;
        }
        return positions.getOrDefault(name, -1);
    }

    /**
     * The position of {@code rule} among the rules about component {@code name}: its own rules in
     * the order they are declared, then the class's rules (those relating fields) in theirs.
     */
    int ruleIndex(String name, Class<? extends Annotation> rule) {
        List<Class<? extends Annotation>> own = componentRules.getOrDefault(name, List.of());
        int index = own.indexOf(rule);
        if (index >= 0) {
            return index;
        }
        index = classRules.indexOf(rule);
        return index >= 0 ? own.size() + index : Integer.MAX_VALUE;
    }

    List<Cascaded> cascaded() {
        return cascaded;
    }
}
