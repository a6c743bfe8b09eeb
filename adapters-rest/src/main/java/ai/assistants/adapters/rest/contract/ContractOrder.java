package ai.assistants.adapters.rest.contract;

import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Violation;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The order of an answer's errors: the order of the fields in the request's shape (its fields as
 * {@link AssistantRequest} declares them, then a record's components as declared, list items by
 * index, map entries as sent), a field before what lies inside it, and within one field its own
 * rules before those relating it to other fields ({@code Rule}'s order). Keys the shape does not
 * know come first, as the reader found them.
 */
public final class ContractOrder {

    private static final int UNKNOWN = -1;

    private ContractOrder() {
    }

    /** {@code violations} in the contract's order; {@code judged} is the value they were found in, if known. */
    public static List<Violation> sorted(List<Violation> violations, Object judged) {
        if (violations.size() < 2) {
            return violations;
        }
        List<Ranked> ranked = new ArrayList<>(violations.size());
        for (Violation violation : violations) {
            ranked.add(new Ranked(violation, positions(violation.path(), judged)));
        }
        ranked.sort(Ranked.ORDER);
        return ranked.stream().map(Ranked::violation).toList();
    }

    /**
     * The wire field's position in the request, then the position of each further segment among its
     * siblings, following the domain's path through its types and the judged value.
     */
    private static int[] positions(FieldPath path, Object judged) {
        if (judged instanceof Record request && !(judged instanceof AssistantProfile)) {
            // A request bound straight onto its own record (an operator's account, key or number): its order.
            return positions(path, request.getClass(), request);
        }
        int[] domain = positions(path, AssistantProfile.class, judged);
        List<FieldPath.Segment> wire = WireFields.toWire(path).segments();
        // The wire's first segment stands for the domain's first one or two; the rest are the same.
        int[] positions = new int[Math.max(1, wire.size())];
        positions[0] = !wire.isEmpty() && wire.get(0) instanceof FieldPath.Property field
                ? WireFields.position(field.name()) : UNKNOWN;
        System.arraycopy(domain, domain.length - (positions.length - 1), positions, 1, positions.length - 1);
        return positions;
    }

    private static int[] positions(FieldPath path, Type root, Object value) {
        List<FieldPath.Segment> segments = path.segments();
        int[] positions = new int[segments.size()];
        Type type = root;
        for (int i = 0; i < positions.length; i++) {
            FieldPath.Segment segment = segments.get(i);
            Class<?> raw = raw(value != null ? value.getClass() : type);
            if (segment instanceof FieldPath.Property property && raw != null && raw.isRecord()) {
                ContractRecord shape = ContractRecord.of(raw);
                int index = shape.indexOf(property.name());
                positions[i] = index;
                if (index == UNKNOWN) {
                    type = null;
                    value = null;
                } else {
                    ContractRecord.Component component = shape.components().get(index);
                    type = component.type();
                    value = value == null ? null : shape.valueOf(component, value);
                }
            } else if (segment instanceof FieldPath.Index index) {
                positions[i] = index.position();
                type = elementType(type);
                value = value instanceof List<?> list && index.position() < list.size() ? list.get(index.position()) : null;
            } else if (segment instanceof FieldPath.Key key && value instanceof Map<?, ?> map) {
                positions[i] = Arrays.asList(map.keySet().toArray()).indexOf(key.key());
                type = null;
                value = map.get(key.key());
            } else {
                positions[i] = UNKNOWN;
                type = null;
                value = null;
            }
        }
        return positions;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : null;
    }

    private static Type elementType(Type listType) {
        return listType instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[0] : null;
    }

    private record Ranked(Violation violation, int[] positions) {

        static final Comparator<Ranked> ORDER = ((Comparator<Ranked>) (a, b) -> Arrays.compare(a.positions, b.positions))
                .thenComparing(ranked -> ranked.violation().rule());
    }
}
