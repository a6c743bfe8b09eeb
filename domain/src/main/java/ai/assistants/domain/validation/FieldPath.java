package ai.assistants.domain.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a violation is, in the domain's own terms: property names as the records declare them
 * ({@code phoneNumber}), list indexes and map keys. The REST adapter turns it into the contract's key.
 */
public record FieldPath(List<Segment> segments) {

    /** One step of a path. */
    public sealed interface Segment permits Property, Index, Key {
    }

    public record Property(String name) implements Segment {
        @Override
        public String toString() {
            return name;
        }
    }

    public record Index(int position) implements Segment {
        @Override
        public String toString() {
            return Integer.toString(position);
        }
    }

    /** A key of a map whose keys are the caller's own ({@code variables}). */
    public record Key(String key) implements Segment {
        @Override
        public String toString() {
            return key;
        }
    }

    private static final FieldPath ROOT = new FieldPath(List.of());

    public FieldPath {
        segments = List.copyOf(segments);
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
        return inner.segments.isEmpty() ? this : append(inner.segments.toArray(Segment[]::new));
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
        return segments.size() >= other.segments.size() && segments.subList(0, other.segments.size()).equals(other.segments);
    }

    private FieldPath append(Segment... more) {
        List<Segment> longer = new ArrayList<>(segments.size() + more.length);
        longer.addAll(segments);
        longer.addAll(List.of(more));
        return new FieldPath(longer);
    }

    @Override
    public String toString() {
        return segments.stream().map(Segment::toString).collect(Collectors.joining("."));
    }
}
