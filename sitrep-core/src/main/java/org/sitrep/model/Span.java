package org.sitrep.model;

import java.util.Objects;

/** A character range [start, end) into an article's {@code text}, with the text it covers. Offsets are the truth. */
public record Span(int start, int end, String text) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Span offsets must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(text, "The parameter 'text' must not be null.");
        if (text.length() != end - start) {
            throw new IllegalArgumentException("Span text '" + text + "' does not fit [" + start + ", " + end + ")");
        }
    }

    /** The span of {@code source} from start to end; the only way spans should be made from text. */
    public static Span of(String source, int start, int end) {
        if (start < 0 || end > source.length() || end < start) {
            throw new IllegalArgumentException("Span [" + start + ", " + end + ") lies outside a text of length " + source.length());
        }
        return new Span(start, end, source.substring(start, end));
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
