package ai.assistants.adapters.rest.contract;

import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Violation;
import ai.assistants.domain.validation.Violations;

import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each field of the wire's flat shape lives in the domain's grouped profile, found by name
 * once: {@code ringingTime} is {@code timing.ringingTime}, {@code name} is {@code name}. The mapper
 * pairs them the same way, so one rule of naming serves the values, the violations' keys, their
 * order and the API description.
 */
public final class WireFields {

    /** Where a wire field lives: its path in the profile, and the component that declares its rules. */
    private record Place(FieldPath path, RecordComponent declaration) {
    }

    private static final Map<String, Place> PLACES = new HashMap<>();
    private static final Map<FieldPath, String> WIRE_BY_DOMAIN = new HashMap<>();
    private static final Map<String, Integer> POSITIONS = new HashMap<>();

    static {
        RecordComponent[] wireFields = AssistantRequest.class.getRecordComponents();
        for (int position = 0; position < wireFields.length; position++) {
            String wire = wireFields[position].getName();
            Place place = placeOf(wire);
            PLACES.put(wire, place);
            WIRE_BY_DOMAIN.put(place.path(), wire);
            POSITIONS.put(wire, position);
        }
    }

    private WireFields() {
    }

    /** The domain's path of what the wire's {@code path} names: {@code ringingTime} → {@code timing.ringingTime}. */
    public static FieldPath toDomain(FieldPath wirePath) {
        List<FieldPath.Segment> segments = wirePath.segments();
        if (segments.isEmpty() || !(segments.get(0) instanceof FieldPath.Property first)
                || !PLACES.containsKey(first.name())) {
            return wirePath;
        }
        return PLACES.get(first.name()).path().append(wirePath.after(1));
    }

    /** What the reader found, at the paths the domain knows the fields by. */
    public static Violations toDomain(Violations wire) {
        Violations domain = new Violations();
        for (Violation violation : wire.all()) {
            domain.add(new Violation(toDomain(violation.path()), violation.rule(), violation.arguments()));
        }
        return domain;
    }

    /** The domain's paths of the request's fields that {@code sentKeys} (the JSON object's keys) name. */
    public static Set<FieldPath> sent(Set<String> sentKeys) {
        Set<FieldPath> sent = new LinkedHashSet<>();
        for (ContractRecord.Component component : ContractRecord.of(AssistantRequest.class).components()) {
            if (sentKeys.contains(component.key())) {
                sent.add(PLACES.get(component.reflected().getName()).path());
            }
        }
        return Collections.unmodifiableSet(sent);
    }

    /** The wire's path of what the domain's {@code path} names; a path the wire does not know is kept. */
    public static FieldPath toWire(FieldPath domainPath) {
        for (int length = Math.min(2, domainPath.segments().size()); length > 0; length--) {
            String wire = WIRE_BY_DOMAIN.get(domainPath.prefix(length));
            if (wire != null) {
                return FieldPath.of(wire).append(domainPath.after(length));
            }
        }
        return domainPath;
    }

    /** The wire field's position in the request's shape, or -1. */
    static int position(String wireName) {
        return POSITIONS.getOrDefault(wireName, -1);
    }

    /** The domain's component that declares the rules of the wire's field: the profile's own, or one of its groups'. */
    public static RecordComponent declaration(String wireName) {
        return PLACES.get(wireName).declaration();
    }

    private static Place placeOf(String wireName) {
        for (RecordComponent component : AssistantProfile.class.getRecordComponents()) {
            if (component.getName().equals(wireName)) {
                return new Place(FieldPath.of(wireName), component);
            }
        }
        for (RecordComponent group : AssistantProfile.class.getRecordComponents()) {
            if (group.getType().isRecord()) {
                for (RecordComponent field : group.getType().getRecordComponents()) {
                    if (field.getName().equals(wireName)) {
                        return new Place(FieldPath.of(group.getName()).property(wireName), field);
                    }
                }
            }
        }
        throw new IllegalStateException("The request's " + wireName + " has no place in the assistant's profile");
    }
}
