package ai.assistants.adapters.rest.contract;

import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Violation;
import ai.assistants.domain.validation.Violations;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each field of the wire's flat shape lives in the domain's grouped profile, found by name
 * once: {@code ringingTime} is {@code timing.ringingTime}, {@code name} is {@code name}. The mapper
 * pairs them the same way, so one rule of naming serves the values, the violations' keys, their
 * order and the API description.
 */
public final class WireFields {

    private static final Map<String, FieldPath> DOMAIN_BY_WIRE = new HashMap<>();
    private static final Map<FieldPath, String> WIRE_BY_DOMAIN = new HashMap<>();
    private static final List<String> ORDER = new java.util.ArrayList<>();
    private static final Map<String, RecordComponent> DECLARATIONS = new HashMap<>();

    static {
        for (RecordComponent wire : AssistantRequest.class.getRecordComponents()) {
            RecordComponent declaration = declarationOf(wire.getName());
            DECLARATIONS.put(wire.getName(), declaration);
            FieldPath domain = declaration.getDeclaringRecord() == AssistantProfile.class
                    ? FieldPath.of(wire.getName()) : FieldPath.of(groupOf(declaration)).property(wire.getName());
            DOMAIN_BY_WIRE.put(wire.getName(), domain);
            WIRE_BY_DOMAIN.put(domain, wire.getName());
            ORDER.add(wire.getName());
        }
    }

    private WireFields() {
    }

    /** The domain's path of what the wire's {@code path} names: {@code ringingTime} → {@code timing.ringingTime}. */
    public static FieldPath toDomain(FieldPath wirePath) {
        List<FieldPath.Segment> segments = wirePath.segments();
        if (segments.isEmpty() || !(segments.get(0) instanceof FieldPath.Property first)
                || !DOMAIN_BY_WIRE.containsKey(first.name())) {
            return wirePath;
        }
        return DOMAIN_BY_WIRE.get(first.name()).append(wirePath.after(1));
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
    public static java.util.Set<FieldPath> sent(java.util.Set<String> sentKeys) {
        java.util.Set<FieldPath> sent = new java.util.LinkedHashSet<>();
        for (ContractRecord.Component component : ContractRecord.of(AssistantRequest.class).components()) {
            if (sentKeys.contains(component.key())) {
                sent.add(DOMAIN_BY_WIRE.get(component.reflected().getName()));
            }
        }
        return java.util.Collections.unmodifiableSet(sent);
    }

    /** The wire's path of what the domain's {@code path} names; a path the wire does not know is kept. */
    public static FieldPath toWire(FieldPath domainPath) {
        List<FieldPath.Segment> segments = domainPath.segments();
        for (int length = Math.min(2, segments.size()); length > 0; length--) {
            String wire = WIRE_BY_DOMAIN.get(domainPath.prefix(length));
            if (wire != null) {
                return FieldPath.of(wire).append(domainPath.after(length));
            }
        }
        return domainPath;
    }

    /** How many segments of {@code domainPath} the wire names with its first one: 2 inside a group, else 1. */
    static int prefixLength(FieldPath domainPath) {
        return domainPath.segments().size() >= 2 && WIRE_BY_DOMAIN.containsKey(domainPath.prefix(2)) ? 2 : 1;
    }

    /** The wire field's position in the request's shape, or -1. */
    static int position(String wireName) {
        return ORDER.indexOf(wireName);
    }

    /** The domain's component that declares the rules of the wire's field: the profile's own, or one of its groups'. */
    public static RecordComponent declaration(String wireName) {
        return DECLARATIONS.get(wireName);
    }

    private static RecordComponent declarationOf(String wireName) {
        for (RecordComponent component : AssistantProfile.class.getRecordComponents()) {
            if (component.getName().equals(wireName)) {
                return component;
            }
        }
        for (RecordComponent group : AssistantProfile.class.getRecordComponents()) {
            if (group.getType().isRecord()) {
                for (RecordComponent field : group.getType().getRecordComponents()) {
                    if (field.getName().equals(wireName)) {
                        return field;
                    }
                }
            }
        }
        throw new IllegalStateException("The request's " + wireName + " has no place in the assistant's profile");
    }

    private static String groupOf(RecordComponent field) {
        for (RecordComponent group : AssistantProfile.class.getRecordComponents()) {
            if (group.getType() == field.getDeclaringRecord()) {
                return group.getName();
            }
        }
        throw new IllegalStateException(field + " is in no group of the profile");
    }
}
