package ai.assistants.domain.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a violation is, in the domain's own terms: property names as the records declare them
 * ({@code phoneNumber}), list indexes and map keys. The REST adapter turns it into the contract's key.
 */
public final class FieldPath {

    /** One step of a path. */
    public sealed interface Segment permits Property, Index, Key {
    }

    public record Property(String name) implements Segment {
    }

    public record Index(int position) implements Segment {
    }

    /** A key of a map whose keys are the caller's own ({@code variables}). */
    public record Key(String key) implements Segment {
    }

    private static final FieldPath ROOT = new FieldPath(List.of());

    private final List<Segment> segments;
    private final int hash;

    private FieldPath(List<Segment> segments) {
        this.segments = segments;
        this.hash = segments.hashCode();
    }

    public static FieldPath root() {
        return ROOT;
    }

    public static FieldPath of(String property) {
        return ROOT.property(property);
    }

    public FieldPath property(String name) {
        return append(new Property(name));
    }

    public FieldPath index(int position) {
        return append(new Index(position));
    }

    public FieldPath key(String key) {
        return append(new Key(key));
    }

    public FieldPath append(FieldPath inner) {
        if (inner.segments.isEmpty()) {
            return this;
        }
        List<Segment> joined = new ArrayList<>(segments);
        joined.addAll(inner.segments);
        return new FieldPath(Collections.unmodifiableList(joined));
    }

    /** The first {@code length} segments. */
    public FieldPath prefix(int length) {
        return new FieldPath(segments.subList(0, Math.min(length, segments.size())));
    }

    /** What follows the first {@code length} segments. */
    public FieldPath after(int length) {
        return new FieldPath(segments.subList(Math.min(length, segments.size()), segments.size()));
    }

    /** Whether this path is {@code other} or lies inside it. */
    public boolean startsWith(FieldPath other) {
        return segments.size() >= other.segments.size()
                && segments.subList(0, other.segments.size()).equals(other.segments);
    }

    public List<Segment> segments() {
        return segments;
    }

    private FieldPath append(Segment segment) {
        List<Segment> longer = new ArrayList<>(segments.size() + 1);
        longer.addAll(segments);
        longer.add(segment);
        return new FieldPath(Collections.unmodifiableList(longer));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldPath path && path.hash == hash && path.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Segment segment : segments) {
            if (!text.isEmpty()) {
                text.append('.');
            }
            if (segment instanceof Property property) {
                text.append(property.name());
            } else if (segment instanceof Index index) {
                text.append(index.position());
            } else {
                text.append(((Key) segment).key());
            }
        }
        return text.toString();
    }
}
