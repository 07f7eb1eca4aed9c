package org.sitrep.model;

import java.util.List;

/**
 * Maps offsets in an article's cleaned {@code text} back to offsets in the raw input file, like Lucene's
 * {@code CharFilter.correctOffset}. The text is a concatenation of raw pieces; each segment says where one piece came from.
 */
public record OffsetMap(List<Segment> segments) {
    /** {@code length} characters at {@code textStart} of the text were copied from {@code rawStart} of the raw input. */
    public record Segment(int textStart, int rawStart, int length) {}

    public OffsetMap {
        segments = List.copyOf(segments);
    }

    public static OffsetMap shifted(int rawStart, int length) {
        return new OffsetMap(List.of(new Segment(0, rawStart, length)));
    }

    /** The raw-input offset of a text offset; an offset between two pieces maps to the end of the earlier one. */
    public int toRaw(int textOffset) {
        Segment last = null;
        for (Segment s : segments) {
            if (textOffset < s.textStart()) {
                break;
            }
            last = s;
        }
        if (last == null) {
            throw new IllegalArgumentException("Offset " + textOffset + " lies before the mapped text");
        }
        return last.rawStart() + Math.min(textOffset - last.textStart(), last.length());
    }
}
